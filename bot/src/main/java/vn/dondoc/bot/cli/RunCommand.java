package vn.dondoc.bot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.dondoc.bot.ApplicationStarter;

@Command(name = "run", description = "Chạy dondoc (bot Telegram và bộ lập lịch nhắc hạn) cho đến khi dừng.")
final class RunCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    HelpOption help;

    RunCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        new ApplicationStarter(context.env()).run();
        return Cli.OK;
    }
}
