package vn.dondoc.bot.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.dondoc.bot.reminder.DeliveryBenchmark;
import vn.dondoc.bot.sending.PacingSettings;
import vn.dondoc.scheduler.reminder.ReminderBenchmark;

/** For developers, hidden from the help: times reminder planning on a large made-up register, then the delivery rate. */
@Command(name = "remind-benchmark", hidden = true,
        description = "Đo thời gian lập lời nhắc trên một sổ giả lớn (mặc định 100.000 nhiệm vụ, 10.000 liên hệ)"
                + " và tốc độ gửi tới một máy chủ Bot API giả.")
final class RemindBenchmarkCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Mixin
    HelpOption help;

    @Option(names = "--tasks", description = "Số nhiệm vụ (mặc định 100000).")
    int tasks = 100_000;

    @Option(names = "--contacts", description = "Số liên hệ (mặc định 10000).")
    int contacts = 10_000;

    @Option(names = "--messages", description = "Số tin gửi thử tới máy chủ Bot API giả (mặc định 250).")
    int messages = 250;

    @Option(names = "--per-second", description = "Số tin mỗi giây (mặc định 25).")
    int perSecond = 25;

    RemindBenchmarkCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("dondoc-benchmark");
        try {
            ReminderBenchmark.run(dir, tasks, contacts, env.out());
            DeliveryBenchmark.run(messages, PacingSettings.perSecond(perSecond), env.out());
        } finally {
            Files.deleteIfExists(dir);
        }
        return Cli.OK;
    }
}
