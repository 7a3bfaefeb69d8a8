package vn.dondoc.bot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.dondoc.bot.ApplicationStarter;

@Command(name = "run", description = "Chạy dondoc (bot Telegram và bộ lập lịch nhắc hạn) cho đến khi dừng.")
final class RunCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Mixin
    HelpOption help;

    RunCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        new ApplicationStarter(env).run();
        return Cli.OK;
    }
}
