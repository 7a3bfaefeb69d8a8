package vn.dondoc.bot.cli;

import vn.dondoc.scheduler.calendar.OfficeDays;
import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.bot.digest.DigestFigures;
import vn.dondoc.bot.telegram.FakeBotApi;
import vn.dondoc.scheduler.register.OfficeZone;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.task.Actor;
import vn.dondoc.scheduler.task.MilestoneLine;
import vn.dondoc.scheduler.task.MilestoneStatus;
import vn.dondoc.scheduler.task.TaskHistory;
import vn.dondoc.scheduler.task.TaskQuery;
import vn.dondoc.scheduler.task.TaskRegister;
import vn.dondoc.scheduler.task.TaskReports;

/** {@code digest} on the real 152/QĐ-UBND register, Monday 25/03/2024, after some tasks were reported done. */
class DigestCommandTests {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String MONDAY_0730 = "2024-03-25T00:30:00Z";

    @TempDir
    Path dir;
    Path register;
    CliRunner cli;

    @BeforeEach
    void setUp() {
        register = dir.resolve("dondoc.db");
        cli = new CliRunner(register);
        cli.importReal();
        reportSomeDone();
    }

    @Test
    void theDigestsCountsEqualThoseOfTasksJsonOnTheSameDay() throws Exception {
        CliRunner.Result digest = cli.run("digest", "--now", MONDAY_0730);
        CliRunner.Result tasks = cli.run("tasks", "--json", "--now", "2024-03-25");

        assertThat(digest.status()).isZero();
        Map<MilestoneStatus, Integer> expected = new EnumMap<>(MilestoneStatus.class);
        for (MilestoneStatus status : MilestoneStatus.values()) {
            expected.put(status, 0);
        }
        for (String line : tasks.lines()) {
            expected.merge(MilestoneStatus.valueOf(JSON.readTree(line).get("status").asText()), 1, Integer::sum);
        }
        assertThat(expected.get(MilestoneStatus.DONE_ON_TIME)).isPositive();
        assertThat(expected.get(MilestoneStatus.DONE_LATE)).isPositive();
        assertThat(expected.get(MilestoneStatus.OPEN_OVERDUE)).isPositive();
        assertThat(counts(digest.out())).isEqualTo(expected);
    }

    @Test
    void theDigestsHeadlineCountsTheMilestonesTheImportCounted() throws Exception {
        // The import says "179 mốc thời hạn; 3 nhiệm vụ không có thời hạn cố định"; the digest's 182 lines hold both.
        java.util.regex.Matcher imported = java.util.regex.Pattern.compile("(\\d+) mốc thời hạn; (\\d+) nhiệm vụ không có")
                .matcher(cli.run("import", CliRunner.REAL.toString(), "--source", "152/QĐ-UBND", "--issued", "2024-01-18",
                        "--dry-run").out());
        assertThat(imported.find()).isTrue();
        Path out = dir.resolve("ban-nhap");

        cli.run("digest", "--now", "2024-03-25", "--dry-run", "--out", out.toString());

        String html = Files.readString(out.resolve("digest-all.html"));
        assertThat(html).contains("Tính đến 25/03/2024 · " + imported.group(1) + " mốc thời hạn")
                .contains("không có thời hạn: " + imported.group(2));
    }

    @Test
    void withoutATokenItPrintsWhatItWouldSendAndSaysSoOnStandardError() {
        addRecipients();

        CliRunner.Result r = cli.run("digest", "--now", MONDAY_0730);

        assertThat(r.status()).isZero();
        assertThat(r.err().lines()).singleElement().asString().startsWith("dondoc: chưa đặt TELEGRAM_BOT_TOKEN");
        assertThat(r.out()).contains("── Gửi Văn phòng UBND tỉnh (liên hệ #1)").contains("── Gửi Phó Chủ tịch Lê Văn C (liên hệ #2)")
                .doesNotContain("Đầu mối Sở Y tế");
        assertThat(r.out()).contains("Các cơ quan đồng chí phụ trách: Sở Xây dựng, Sở Y tế.");
        assertThat(deliveries()).as("nothing is recorded without Telegram").isZero();
    }

    @Test
    void aDryRunWritesTextChartAndWorkbookPerRecipientAndSaysWhere() throws Exception {
        addRecipients();
        Path out = dir.resolve("xem-truoc");

        CliRunner.Result r = cli.run("digest", "--now", MONDAY_0730, "--dry-run", "--out", out.toString());

        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("Chạy thử, không gửi và không ghi gì vào sổ: bản tổng hợp tuần 25/03/2024")
                .contains(out.toString()).contains("digest-1.html, digest-1.png, digest-1.xlsx — Văn phòng UBND tỉnh");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("digest-1.html", "digest-1.png",
                    "digest-1.xlsx", "digest-2.html", "digest-2.png", "digest-2.xlsx");
        }
        String html = Files.readString(out.resolve("digest-1.html"));
        assertThat(html).contains("<meta charset=\"utf-8\">").contains("Tình hình thực hiện nhiệm vụ");
        assertThat(ImageIO.read(out.resolve("digest-2.png").toFile()).getWidth()).isEqualTo(1080);
        try (XSSFWorkbook all = new XSSFWorkbook(Files.newInputStream(out.resolve("digest-1.xlsx")));
             XSSFWorkbook theirs = new XSSFWorkbook(Files.newInputStream(out.resolve("digest-2.xlsx")))) {
            assertThat(all.getSheetAt(0).getLastRowNum()).isEqualTo(cli.run("tasks", "--json", "--now", "2024-03-25").lines().size());
            assertThat(theirs.getSheetAt(0).getLastRowNum()).isLessThan(all.getSheetAt(0).getLastRowNum()).isPositive();
        }
        assertThat(deliveries()).isZero();
    }

    @Test
    void withATokenItSendsOnTelegramOnceAWeekAndPrintsALinePerRecipient() throws Exception {
        addRecipients();
        try (FakeBotApi telegram = new FakeBotApi()) {
            telegram.blockedBy(1002);
            cli.env("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN).env("TELEGRAM_API_URL", telegram.url());

            CliRunner.Result r = cli.run("digest", "--now", MONDAY_0730);

            assertThat(r.status()).isZero();
            assertThat(r.err()).isEmpty();
            assertThat(r.lines()).containsExactly(
                    "Đã gửi Văn phòng UBND tỉnh (liên hệ #1): bản tổng hợp, biểu đồ và sổ nhiệm vụ.",
                    "Không gửi được cho Phó Chủ tịch Lê Văn C (liên hệ #2): đã chặn bot (403 Forbidden: bot was blocked by"
                            + " the user); liên hệ được đánh dấu BLOCKED.");
            assertThat(telegram.answeredTo(1001)).extracting(FakeBotApi.Call::method)
                    .containsExactly("sendmessage", "sendphoto", "senddocument");
            assertThat(telegram.calls()).noneMatch(c -> Long.valueOf(1003).equals(c.chatId()));
            int calls = telegram.calls().size();

            CliRunner.Result again = cli.run("digest", "--now", "2024-03-26T02:00:00Z");

            // The leader who blocked the bot is no longer an active recipient.
            assertThat(again.lines()).containsExactly("Tuần 25/03/2024 đã gửi cho 1 người nhận; không gửi lại.");
            assertThat(telegram.calls()).hasSize(calls);
        }
    }

    @Test
    void aDryRunWithNoRecipientWritesTheAllAgencySet() throws Exception {
        Path out = dir.resolve("ban-nhap");

        CliRunner.Result r = cli.run("digest", "--now", "2024-03-25", "--dry-run", "--out", out.toString());

        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("digest-all.html, digest-all.png, digest-all.xlsx — bản cho tất cả cơ quan");
        assertThat(ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(out.resolve("digest-all.png"))))).isNotNull();
        assertThat(counts(Files.readString(out.resolve("digest-all.html")))).containsEntry(MilestoneStatus.DONE_LATE, 2);
    }

    @Test
    void aBadInstantIsRefusedInOneLine() {
        CliRunner.Result r = cli.run("digest", "--now", "thứ hai");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString().startsWith("dondoc: Thời điểm \"thứ hai\" không hợp lệ")
                .contains("(xem: dondoc digest --help)");
    }

    /** As the bot would record them: two done on time, two late, one after that Monday. */
    private void reportSomeDone() {
        try (RegisterDatabase db = vn.dondoc.scheduler.testing.TestRegisters.open(register)) {
            List<MilestoneLine> lines = new TaskRegister(db, new OfficeDays(db)).milestones(TaskQuery.all(LocalDate.of(2024, 1, 20)));
            List<Long> january = due(lines, LocalDate.of(2024, 1, 31));
            List<Long> march = due(lines, LocalDate.of(2024, 3, 31));
            reports(db, LocalDate.of(2024, 1, 29)).markDone(january.get(0), Actor.program("bot"), null);
            reports(db, LocalDate.of(2024, 2, 5)).markDone(january.get(1), Actor.program("bot"), null);
            reports(db, LocalDate.of(2024, 3, 1)).markDone(january.get(2), Actor.program("bot"), null);
            reports(db, LocalDate.of(2024, 3, 19)).markDone(march.get(0), Actor.program("bot"), null);
            reports(db, LocalDate.of(2024, 3, 26)).markDone(march.get(1), Actor.program("bot"), null);
        }
    }

    @Test
    void sendingIsPacedByDondocSendPerSecondAsRemindIs() throws Exception {
        assertThat(cli.run("contact", "add", "--name", "Văn phòng UBND tỉnh", "--role", "OFFICE", "--chat-id", "1001").status()).isZero();
        assertThat(cli.run("contact", "add", "--name", "Chủ tịch", "--role", "LEADER", "--chat-id", "1004").status()).isZero();
        try (FakeBotApi telegram = new FakeBotApi()) {
            cli.env("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN).env("TELEGRAM_API_URL", telegram.url()).env("DONDOC_SEND_PER_SECOND", "1");

            CliRunner.Result r = cli.run("digest", "--now", MONDAY_0730);

            assertThat(r.status()).isZero();
            List<FakeBotApi.Call> sends = telegram.calls().stream().filter(c -> c.method().startsWith("send")).toList();
            assertThat(sends).hasSize(6);
            // One message a second overall, whichever chat it goes to (the default, 25, would let the second
            // recipient's text follow the first recipient's workbook at once, 40 ms apart). The pacer spaces the
            // sends' starts; the fake sees their arrivals, and the first one also opens the connection, which on a
            // loaded machine delays its arrival by up to a few hundred ms (0.80 s was seen): hence 0.7 s, not 1.
            for (int i = 1; i < sends.size(); i++) {
                assertThat(sends.get(i).receivedNanos() - sends.get(i - 1).receivedNanos()).as("gap before send %d", i)
                        .isGreaterThanOrEqualTo(700_000_000L);
            }
            assertThat(sends.get(sends.size() - 1).receivedNanos() - sends.get(0).receivedNanos()).as("six sends span")
                    .isGreaterThanOrEqualTo(4_500_000_000L);
        }
    }

    private void addRecipients() {
        assertThat(cli.run("contact", "add", "--name", "Văn phòng UBND tỉnh", "--role", "OFFICE", "--chat-id", "1001").status()).isZero();
        assertThat(cli.run("contact", "add", "--name", "Phó Chủ tịch Lê Văn C", "--role", "LEADER", "--chat-id", "1002",
                "--in-charge", "Sở Y tế; Sở Xây dựng").status()).isZero();
        assertThat(cli.run("contact", "add", "--name", "Đầu mối Sở Y tế", "--role", "STAFF", "--agency", "Sở Y tế",
                "--chat-id", "1003").status()).isZero();
    }

    private int deliveries() {
        try (RegisterDatabase db = vn.dondoc.scheduler.testing.TestRegisters.open(register)) {
            return db.jdbc().queryForObject("SELECT count(*) FROM digest_delivery", Integer.class)
                    + db.jdbc().queryForObject("SELECT count(*) FROM digest_snapshot", Integer.class);
        }
    }

    /** The six counts as the text shows them: "label: <b>N</b>" for four, "label: N" for the other two. */
    private static Map<MilestoneStatus, Integer> counts(String text) {
        return DigestFigures.inText(text);
    }

    private static List<Long> due(List<MilestoneLine> lines, LocalDate due) {
        return lines.stream().filter(l -> due.equals(l.due())).map(MilestoneLine::taskId).distinct().toList();
    }

    private static TaskReports reports(RegisterDatabase db, LocalDate day) {
        Clock clock = Clock.fixed(day.atTime(9, 0).atZone(OfficeZone.ID).toInstant(), OfficeZone.ID);
        return new TaskReports(db, clock, new TaskRegister(db, new OfficeDays(db)), new TaskHistory(db, clock));
    }
}
