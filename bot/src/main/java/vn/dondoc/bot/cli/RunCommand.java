package vn.dondoc.bot.cli;

import java.util.concurrent.Callable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.dondoc.bot.DondocApplication;

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
        // The register path the command line resolved (DONDOC_DB) is the one the application opens.
        // The "run" profile brings the Quartz jobs (scheduler/schedule); no other command starts them.
        new SpringApplicationBuilder(DondocApplication.class).profiles("run").run("--dondoc.db=" + context.registerPath());
        return Cli.OK;
    }
}
