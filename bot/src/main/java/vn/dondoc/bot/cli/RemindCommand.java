package vn.dondoc.bot.cli;

import java.io.PrintStream;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.dondoc.bot.reminder.ConsoleReminderChannel;
import vn.dondoc.bot.telegram.TelegramConnection;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.delivery.DeliveryResult;
import vn.dondoc.scheduler.reminder.ReminderChannel;
import vn.dondoc.scheduler.reminder.ReminderPass;
import vn.dondoc.scheduler.reminder.ReminderReport;
import vn.dondoc.scheduler.reminder.ReminderSettings;

@Command(name = "remind",
        description = {"Chạy việc nhắc hạn một lần, tính đến thời điểm cho trước: mỗi chat một tin gồm mọi lời nhắc đến hạn.",
                "Chưa có TELEGRAM_BOT_TOKEN thì chỉ in ra những tin sẽ gửi.",
                "DONDOC_SEND_PER_SECOND: số tin mỗi giây (mặc định 25, tối đa 30)."})
final class RemindCommand implements Callable<Integer> {

    /** A progress line on stderr every this many messages, so a long run shows it is alive. */
    static final int PROGRESS_EVERY = 250;

    private final CliEnvironment env;
    private final Texts texts;
    private final ExistingRegister register;
    private final ReminderPass pass;
    private final ReminderChannel telegram;
    private final TelegramConnection connection;
    private final ReminderSettings settings;

    @Mixin
    HelpOption help;

    @Option(names = "--now", paramLabel = "THỜI_ĐIỂM", converter = OfficeDates.When.class,
            description = "Thời điểm chạy, giờ Việt Nam (mặc định: bây giờ): ngày giờ 25/03/2024 08:00, hay một ngày 25/03/2024"
                    + " (giờ gửi nhắc hạn hôm đó, DONDOC_REMIND_AT); cũng nhận ISO 2024-03-25T08:00 và ISO có múi giờ (…Z, …+07:00).")
    OfficeDates.Moment now;

    @Option(names = "--dry-run", description = "Chỉ in ra những tin sẽ gửi; không gửi, không ghi gì vào sổ.")
    boolean dryRun;

    /** {@code telegram} is the channel {@code run} sends through: Telegram when there is a token. */
    RemindCommand(CliEnvironment env, Texts texts, ExistingRegister register, ReminderPass pass, ReminderChannel telegram,
                  TelegramConnection connection, ReminderSettings settings) {
        this.env = env;
        this.texts = texts;
        this.register = register;
        this.pass = pass;
        this.telegram = telegram;
        this.connection = connection;
        this.settings = settings;
    }

    @Override
    public Integer call() {
        Instant at = instant();
        register.require();
        ReminderReport report;
        boolean sending = !dryRun && connection.bot() != null;
        if (sending) {
            report = pass.runOnce(at, new Progress(telegram, env.err(), texts), false);
        } else {
            if (!dryRun) {
                env.err().println(texts.get("reminder.cli.noToken"));
            }
            // Printing is never sending: without a token the run records nothing, as a dry run.
            report = pass.runOnce(at, new ConsoleReminderChannel(env.out(), texts), true);
        }
        // Office time; and a run that only printed says so rather than "đã gửi".
        if (sending) {
            env.out().println(texts.get("reminder.cli.summary", OfficeDates.print(at), report.planned(), report.messages(),
                    report.sent(), report.failed(), report.blocked()));
        } else {
            env.out().println(texts.get("reminder.cli.summaryPrinted", OfficeDates.print(at), report.planned(), report.messages()));
        }
        report.failures().forEach(p -> env.out().println(
                texts.get("reminder.cli.failed", p.contactId(), p.name(), p.agency(), p.reason())));
        report.blockedContacts().forEach(p -> env.out().println(
                texts.get("reminder.cli.blocked", p.contactId(), p.name(), p.agency(), p.reason())));
        if (report.deferred() > 0) {
            env.err().println(texts.get("reminder.cli.deferred", report.deferred()));
        }
        if (dryRun) {
            env.out().println(texts.get("reminder.cli.dryRun"));
        }
        if (report.nothingDelivered()) {
            // A script or cron sees the outage; the reminders are kept and go with a later run.
            String reason = report.failures().isEmpty() ? "" : report.failures().get(report.failures().size() - 1).reason();
            env.err().println(texts.get("cli.error", texts.get("reminder.cli.unreachable", reason)));
            return Cli.FAILED;
        }
        return Cli.OK;
    }

    private Instant instant() {
        return now == null ? env.clock().instant() : now.at(settings.sendAt());
    }

    /**
     * Counts outcomes and says every {@link #PROGRESS_EVERY} messages how far the run is. Called from the
     * pass's sending threads, several at once: the counting is synchronized.
     */
    private static final class Progress implements ReminderChannel {
        private final ReminderChannel channel;
        private final PrintStream err;
        private final Texts texts;
        private int handled;
        private int sent;
        private int failed;
        private int blocked;

        Progress(ReminderChannel channel, PrintStream err, Texts texts) {
            this.channel = channel;
            this.err = err;
            this.texts = texts;
        }

        @Override
        public int inFlight() {
            return channel.inFlight();
        }

        @Override
        public DeliveryResult deliver(vn.dondoc.scheduler.reminder.ReminderMessage message) {
            DeliveryResult result = channel.deliver(message);
            synchronized (this) {
                handled++;
                if (result instanceof DeliveryResult.Sent) {
                    sent++;
                } else if (result instanceof DeliveryResult.Failed) {
                    failed++;
                } else {
                    blocked++;
                }
                if (handled % PROGRESS_EVERY == 0) {
                    err.println(texts.get("reminder.cli.progress", handled, sent, failed, blocked));
                }
            }
            return result;
        }
    }
}
