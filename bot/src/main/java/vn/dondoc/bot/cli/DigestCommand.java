package vn.dondoc.bot.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.dondoc.bot.telegram.TelegramConnection;
import vn.dondoc.messages.Formats;
import vn.dondoc.messages.Texts;
import vn.dondoc.messages.digest.DigestText;
import vn.dondoc.scheduler.delivery.DeliveryResult;
import vn.dondoc.scheduler.digest.Digest;
import vn.dondoc.scheduler.digest.DigestBuilder;
import vn.dondoc.scheduler.digest.DigestMessage;
import vn.dondoc.scheduler.digest.DigestPass;
import vn.dondoc.scheduler.digest.DigestReport;
import vn.dondoc.scheduler.digest.DigestScope;
import vn.dondoc.scheduler.register.OfficeZone;

@Command(name = "digest",
        description = {"Lập và gửi bản tổng hợp tuần cho lãnh đạo và Văn phòng UBND (mỗi người một lần mỗi tuần).",
                "Không có TELEGRAM_BOT_TOKEN thì chỉ in ra bản sẽ gửi, không gửi và không ghi gì vào sổ."})
final class DigestCommand implements Callable<Integer> {

    /** A day given alone means the digest's hour that day. */
    static final LocalTime DIGEST_TIME = LocalTime.of(7, 30);

    private final CliEnvironment env;
    private final Texts texts;
    private final ExistingRegister register;
    private final DigestPass pass;
    private final DigestBuilder builder;
    private final TelegramConnection connection;

    @Mixin
    HelpOption help;

    @Option(names = "--now", paramLabel = "THỜI_ĐIỂM", converter = OfficeDates.When.class,
            description = "Lập như vào thời điểm này, giờ Việt Nam: một ngày 25/03/2024 (7:30 sáng hôm đó), hay ngày giờ"
                    + " 25/03/2024 07:30; cũng nhận ISO 2024-03-25T07:30 và ISO có múi giờ (…Z, …+07:00). Mặc định: bây giờ.")
    OfficeDates.Moment now;

    @Option(names = "--dry-run", description = "Không gửi, không ghi vào sổ: ghi nội dung (.html), biểu đồ (.png) và sổ"
            + " nhiệm vụ (.xlsx) của từng người nhận vào một thư mục rồi in đường dẫn.")
    boolean dryRun;

    @Option(names = "--out", paramLabel = "THƯ_MỤC", description = "Thư mục cho --dry-run (mặc định ./digest-YYYY-MM-DD).")
    Path out;

    DigestCommand(CliEnvironment env, Texts texts, ExistingRegister register, DigestPass pass, DigestBuilder builder,
                  TelegramConnection connection) {
        this.env = env;
        this.texts = texts;
        this.register = register;
        this.pass = pass;
        this.builder = builder;
        this.connection = connection;
    }

    @Override
    public Integer call() {
        register.require();
        Instant at = now != null ? now.at(DIGEST_TIME) : env.clock().instant();
        LocalDate day = LocalDate.ofInstant(at, OfficeZone.ID);
        DigestText text = new DigestText(texts);
        if (dryRun) {
            return dryRun(at, day);
        }
        if (connection.bot() != null) {
            // Through the channel run uses, paced by DONDOC_SEND_PER_SECOND.
            DigestReport report = pass.runOnce(at, false);
            report.outcomes().forEach(this::summary);
            report(report);
            return Cli.OK;
        }
        env.err().println(texts.get("cli.error", texts.get("digest.cli.noToken")));
        DigestReport report = pass.runOnce(at, new DigestConsoleChannel(env.out(), texts, text), true);
        if (report.outcomes().isEmpty() && report.alreadyDone().isEmpty()) {
            env.out().println(texts.get("digest.cli.toEveryone"));
            env.out().println(text.html(builder.build(day, DigestScope.all())));
        }
        report(report);
        return Cli.OK;
    }

    private int dryRun(Instant at, LocalDate day) {
        Path folder = out != null ? out : Path.of("digest-" + day);
        if (Files.isRegularFile(folder)) {
            throw new CliException(texts.get("digest.cli.outIsAFile", folder));
        }
        DigestFolderChannel files = new DigestFolderChannel(folder, texts);
        DigestReport report = pass.runOnce(at, files, true);
        if (files.written().isEmpty()) {
            Digest all = builder.build(day, DigestScope.all());
            files.write("all", texts.get("digest.cli.everyone"), new DigestMessage(0, 0, null, null, all,
                    builder.lines(day, DigestScope.all())));
        }
        env.out().println(texts.get("digest.cli.dryRun", Formats.date(report.week()), Formats.date(day),
                folder.toAbsolutePath().normalize()));
        files.written().forEach(w -> env.out().println(texts.get("digest.cli.dryRunFiles", w.base(), w.recipient())));
        report(report);
        return Cli.OK;
    }

    private void report(DigestReport report) {
        if (report.emptyRegister()) {
            env.out().println(texts.get("digest.cli.emptyRegister", Formats.date(report.week())));
        }
        if (!report.alreadyDone().isEmpty()) {
            env.out().println(texts.get("digest.cli.alreadySent", Formats.date(report.week()),
                    report.alreadyDone().size()));
        }
    }

    /** One line per recipient: sent, failed (retried by the next run) or blocked. */
    private void summary(DigestReport.Outcome outcome) {
        String line;
        if (outcome.result() instanceof DeliveryResult.Failed failed) {
            line = texts.get("digest.cli.failed", outcome.contactName(), outcome.contactId(), failed.reason());
        } else if (outcome.result() instanceof DeliveryResult.Blocked blocked) {
            line = texts.get("digest.cli.blocked", outcome.contactName(), outcome.contactId(), blocked.reason());
        } else {
            line = texts.get("digest.cli.sent", outcome.contactName(), outcome.contactId());
        }
        env.out().println(line);
    }
}
