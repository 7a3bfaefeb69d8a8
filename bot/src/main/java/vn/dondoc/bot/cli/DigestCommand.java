package vn.dondoc.bot.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.dondoc.bot.digest.TelegramDigestChannel;
import vn.dondoc.bot.sending.Pacer;
import vn.dondoc.bot.sending.RetrySettings;
import vn.dondoc.bot.sending.SendAttempts;
import vn.dondoc.bot.sending.Ticker;
import vn.dondoc.bot.telegram.TelegramBot;
import vn.dondoc.bot.telegram.TelegramSettings;
import vn.dondoc.messages.Formats;
import vn.dondoc.messages.Texts;
import vn.dondoc.messages.digest.DigestText;
import vn.dondoc.scheduler.delivery.DeliveryResult;
import vn.dondoc.scheduler.digest.Digest;
import vn.dondoc.scheduler.digest.DigestBuilder;
import vn.dondoc.scheduler.digest.DigestMessage;
import vn.dondoc.scheduler.digest.DigestReport;
import vn.dondoc.scheduler.digest.DigestScope;
import vn.dondoc.scheduler.register.OfficeZone;

@Command(name = "digest",
        description = {"Lập và gửi bản tổng hợp tuần cho lãnh đạo và Văn phòng UBND (mỗi người một lần mỗi tuần).",
                "Không có TELEGRAM_BOT_TOKEN thì chỉ in ra bản sẽ gửi, không gửi và không ghi gì vào sổ."})
final class DigestCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    HelpOption help;

    @Option(names = "--now", paramLabel = "ISO-INSTANT", converter = IsoInstant.class,
            description = "Lập như vào thời điểm này, ví dụ 2024-03-25T00:30:00Z, hoặc một ngày 2024-03-25 (7:30 giờ Việt Nam)."
                    + " Mặc định: bây giờ.")
    Instant now;

    @Option(names = "--dry-run", description = "Không gửi, không ghi vào sổ: ghi nội dung (.html), biểu đồ (.png) và sổ"
            + " nhiệm vụ (.xlsx) của từng người nhận vào một thư mục rồi in đường dẫn.")
    boolean dryRun;

    @Option(names = "--out", paramLabel = "THƯ_MỤC", description = "Thư mục cho --dry-run (mặc định ./digest-YYYY-MM-DD).")
    Path out;

    DigestCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.requireExistingRegister();
        Instant at = now != null ? now : context.clock().instant();
        LocalDate day = LocalDate.ofInstant(at, OfficeZone.ID);
        Texts texts = context.texts();
        DigestText text = new DigestText(texts);
        if (dryRun) {
            return dryRun(at, day, text);
        }
        TelegramSettings settings = context.telegram();
        if (settings.hasToken()) {
            try (TelegramBot bot = new TelegramBot(settings)) {
                // Paced by DONDOC_SEND_PER_SECOND, as remind and run are.
                Ticker ticker = Ticker.system();
                SendAttempts attempts = new SendAttempts(new Pacer(context.sending().pacing(), ticker), RetrySettings.defaults(), ticker);
                DigestReport report = HandWired.digestPass(context.register(), context.clock(),
                        new TelegramDigestChannel(bot.outbox(), attempts, texts)).runOnce(at, false);
                report.outcomes().forEach(this::summary);
                report(report);
            }
            return Cli.OK;
        }
        context.env().err().println(texts.get("cli.error", texts.get("digest.cli.noToken")));
        DigestReport report = HandWired.digestRun(context.register(), context.clock())
                .run(at, new DigestConsoleChannel(context.out(), texts, text), true);
        if (report.outcomes().isEmpty() && report.alreadyDone().isEmpty()) {
            context.out().println(texts.get("digest.cli.toEveryone"));
            context.out().println(text.html(HandWired.digestBuilder(context.register(), context.clock()).build(day, DigestScope.all())));
        }
        report(report);
        return Cli.OK;
    }

    private int dryRun(Instant at, LocalDate day, DigestText text) {
        Path folder = out != null ? out : Path.of("digest-" + day);
        if (Files.isRegularFile(folder)) {
            throw new CliException(context.texts().get("digest.cli.outIsAFile", folder));
        }
        DigestFolderChannel files = new DigestFolderChannel(folder, context.texts());
        DigestReport report = HandWired.digestRun(context.register(), context.clock()).run(at, files, true);
        if (files.written().isEmpty()) {
            DigestBuilder builder = HandWired.digestBuilder(context.register(), context.clock());
            Digest all = builder.build(day, DigestScope.all());
            files.write("all", context.texts().get("digest.cli.everyone"), new DigestMessage(0, 0, null, null, all,
                    builder.lines(day, DigestScope.all())));
        }
        context.out().println(context.texts().get("digest.cli.dryRun", Formats.date(report.week()), Formats.date(day),
                folder.toAbsolutePath().normalize()));
        files.written().forEach(w -> context.out().println(context.texts().get("digest.cli.dryRunFiles", w.base(), w.recipient())));
        report(report);
        return Cli.OK;
    }

    private void report(DigestReport report) {
        if (!report.alreadyDone().isEmpty()) {
            context.out().println(context.texts().get("digest.cli.alreadySent", Formats.date(report.week()),
                    report.alreadyDone().size()));
        }
    }

    /** One line per recipient: sent, failed (retried by the next run) or blocked. */
    private void summary(DigestReport.Outcome outcome) {
        Texts texts = context.texts();
        String line;
        if (outcome.result() instanceof DeliveryResult.Failed failed) {
            line = texts.get("digest.cli.failed", outcome.contactName(), outcome.contactId(), failed.reason());
        } else if (outcome.result() instanceof DeliveryResult.Blocked blocked) {
            line = texts.get("digest.cli.blocked", outcome.contactName(), outcome.contactId(), blocked.reason());
        } else {
            line = texts.get("digest.cli.sent", outcome.contactName(), outcome.contactId());
        }
        context.out().println(line);
    }
}
