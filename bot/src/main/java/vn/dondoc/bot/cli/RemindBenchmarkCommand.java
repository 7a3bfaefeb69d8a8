package vn.dondoc.bot.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.dondoc.bot.reminder.DeliveryBenchmark;
import vn.dondoc.bot.sending.PacingSettings;
import vn.dondoc.bot.sending.SendingSettings;
import vn.dondoc.scheduler.reminder.ReminderBenchmark;

/** For developers, hidden from the help: times reminder planning on a large made-up register, then the delivery rate. */
@Command(name = "remind-benchmark", hidden = true,
        description = "Đo thời gian lập lời nhắc trên một sổ giả lớn (mặc định 100.000 nhiệm vụ, 10.000 liên hệ)"
                + " và tốc độ một lượt nhắc gửi tới một máy chủ Bot API giả (--latency-ms: độ trễ của nó).")
final class RemindBenchmarkCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Mixin
    HelpOption help;

    @Option(names = "--tasks", description = "Số nhiệm vụ (mặc định 100000).")
    int tasks = 100_000;

    @Option(names = "--contacts", description = "Số liên hệ (mặc định 10000).")
    int contacts = 10_000;

    @Option(names = "--messages", description = "Số liên hệ được nhắc qua máy chủ Bot API giả, mỗi người một tin (mặc định 500).")
    int messages = 500;

    @Option(names = "--per-second", description = "Số tin mỗi giây (mặc định DONDOC_SEND_PER_SECOND).")
    Integer perSecond;

    @Option(names = "--in-flight", description = "Số tin gửi cùng lúc (mặc định DONDOC_SEND_IN_FLIGHT).")
    Integer inFlight;

    @Option(names = "--latency-ms", description = "Máy chủ Bot API giả trả lời mỗi tin sau chừng này mili giây (mặc định 0).")
    int latencyMs;

    private final SendingSettings sending;

    RemindBenchmarkCommand(CliEnvironment env, SendingSettings sending) {
        this.env = env;
        this.sending = sending;
    }

    /** Exit 1 when the stand-in saw a limit broken or a contact reminded other than once. */
    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("dondoc-benchmark");
        boolean kept;
        try {
            ReminderBenchmark.run(dir, tasks, contacts, env.out());
            PacingSettings pacing = sending.pacing();
            if (perSecond != null) {
                pacing = new PacingSettings(perSecond, pacing.perChatInterval(), pacing.groupPerMinute());
            }
            kept = DeliveryBenchmark.run(messages, pacing, inFlight == null ? sending.inFlight() : inFlight,
                    Duration.ofMillis(latencyMs), env.out());
        } finally {
            Files.deleteIfExists(dir);
        }
        return kept ? Cli.OK : Cli.FAILED;
    }
}
