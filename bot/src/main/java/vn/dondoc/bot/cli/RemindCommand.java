package vn.dondoc.bot.cli;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.dondoc.bot.delivery.ConsoleReminderChannel;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.reminder.ReminderChannel;
import vn.dondoc.scheduler.reminder.ReminderPolicy;
import vn.dondoc.scheduler.reminder.ReminderReport;
import vn.dondoc.scheduler.reminder.ReminderRun;

@Command(name = "remind",
        description = {"Chạy việc nhắc hạn một lần, tính đến thời điểm cho trước: mỗi chat một tin gồm mọi lời nhắc đến hạn.",
                "Chưa có TELEGRAM_BOT_TOKEN thì chỉ in ra những tin sẽ gửi."})
final class RemindCommand implements Callable<Integer> {

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
        boolean printOnly = dryRun;
        if (!dryRun) {
            // The Telegram channel plugs in here; until then every run only prints.
            boolean token = context.env().setting("TELEGRAM_BOT_TOKEN", null) != null;
            context.env().err().println(texts.get(token ? "reminder.cli.noTelegram" : "reminder.cli.noToken"));
            printOnly = true;
        }
        ReminderChannel channel = new ConsoleReminderChannel(context.out(), texts);
        ReminderReport report = new ReminderRun(context.register(), context.clock(), ReminderPolicy.defaults())
                .run(at, channel, printOnly);
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
}
