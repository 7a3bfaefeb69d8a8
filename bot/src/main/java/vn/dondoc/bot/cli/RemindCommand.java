package vn.dondoc.bot.cli;

import java.io.PrintStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.dondoc.bot.reminder.ConsoleReminderChannel;
import vn.dondoc.bot.reminder.TelegramOfficeAlertChannel;
import vn.dondoc.bot.reminder.TelegramReminderChannel;
import vn.dondoc.bot.sending.Pacer;
import vn.dondoc.bot.sending.PacingSettings;
import vn.dondoc.bot.sending.RetrySettings;
import vn.dondoc.bot.sending.SendAttempts;
import vn.dondoc.bot.sending.Ticker;
import vn.dondoc.bot.telegram.TelegramBot;
import vn.dondoc.bot.telegram.TelegramSettings;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.delivery.DeliveryResult;
import vn.dondoc.scheduler.reminder.ReminderChannel;
import vn.dondoc.scheduler.reminder.ReminderReport;

@Command(name = "remind",
        description = {"Chạy việc nhắc hạn một lần, tính đến thời điểm cho trước: mỗi chat một tin gồm mọi lời nhắc đến hạn.",
                "Chưa có TELEGRAM_BOT_TOKEN thì chỉ in ra những tin sẽ gửi.",
                "DONDOC_SEND_PER_SECOND: số tin mỗi giây (mặc định 25, tối đa 30)."})
final class RemindCommand implements Callable<Integer> {

    /** A progress line on stderr every this many messages, so a long run shows it is alive. */
    static final int PROGRESS_EVERY = 250;

    private final CliContext context;

    @Mixin
    HelpOption help;

    @Option(names = "--now", paramLabel = "ISO-INSTANT", description = "Thời điểm chạy, giờ UTC (mặc định: bây giờ), ví dụ 2024-03-25T01:00:00Z.")
    String now;

    @Option(names = "--dry-run", description = "Chỉ in ra những tin sẽ gửi; không gửi, không ghi gì vào sổ.")
    boolean dryRun;

    RemindCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Texts texts = context.texts();
        Instant at = instant(texts);
        context.requireExistingRegister();
        TelegramSettings telegram = dryRun ? null : context.telegram();
        ReminderReport report;
        if (telegram != null && telegram.hasToken()) {
            PacingSettings pacing = context.sending().pacing();
            try (TelegramBot bot = new TelegramBot(telegram)) {
                Ticker ticker = Ticker.system();
                SendAttempts attempts = new SendAttempts(new Pacer(pacing, ticker), RetrySettings.defaults(), ticker);
                ReminderChannel channel = new Progress(new TelegramReminderChannel(bot.outbox(), attempts, texts),
                        context.env().err(), texts);
                report = HandWired.reminderPass(context.register(), context.clock(), context.reminderPolicy(), channel,
                        new TelegramOfficeAlertChannel(bot.outbox(), attempts, texts)).runOnce(at, false);
            }
        } else {
            if (!dryRun) {
                context.env().err().println(texts.get("reminder.cli.noToken"));
            }
            // Printing is never sending: without a token the run records nothing, as a dry run.
            report = HandWired.reminderPass(context.register(), context.clock(), context.reminderPolicy(),
                    new ConsoleReminderChannel(context.out(), texts), alert -> {
                        throw new IllegalStateException("a dry run tells nobody");
                    }).runOnce(at, true);
        }
        context.out().println(texts.get("reminder.cli.summary", at, report.planned(), report.messages(), report.sent(),
                report.failed(), report.blocked()));
        report.failures().forEach(p -> context.out().println(
                texts.get("reminder.cli.failed", p.contactId(), p.name(), p.agency(), p.reason())));
        report.blockedContacts().forEach(p -> context.out().println(
                texts.get("reminder.cli.blocked", p.contactId(), p.name(), p.agency(), p.reason())));
        if (dryRun) {
            context.out().println(texts.get("reminder.cli.dryRun"));
        }
        return Cli.OK;
    }

    private Instant instant(Texts texts) {
        if (now == null) {
            return context.clock().instant();
        }
        try {
            return Instant.parse(now);
        } catch (DateTimeParseException e) {
            throw new CliException(texts.get("reminder.cli.badInstant", now));
        }
    }

    /** Counts outcomes and says every {@link #PROGRESS_EVERY} messages how far the run is. */
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
        public DeliveryResult deliver(vn.dondoc.scheduler.reminder.ReminderMessage message) {
            DeliveryResult result = channel.deliver(message);
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
            return result;
        }
    }
}
