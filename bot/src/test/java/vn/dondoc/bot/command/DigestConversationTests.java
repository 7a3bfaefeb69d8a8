package vn.dondoc.bot.command;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.bot.cli.Cli;
import vn.dondoc.bot.cli.CliEnvironment;
import vn.dondoc.bot.cli.HandWired;
import vn.dondoc.bot.digest.DigestFigures;
import vn.dondoc.bot.digest.NoWaitTicker;
import vn.dondoc.bot.digest.TelegramDigestChannel;
import vn.dondoc.bot.telegram.FakeBotApi;
import vn.dondoc.bot.telegram.TelegramBot;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.contact.NewContact;
import vn.dondoc.scheduler.delivery.DeliveryResult;
import vn.dondoc.scheduler.digest.DigestReport;
import vn.dondoc.scheduler.digest.DigestScope;
import vn.dondoc.scheduler.task.MilestoneLine;
import vn.dondoc.scheduler.task.MilestoneStatus;

/**
 * The weekly digest and /baocao with the real bot on the 152/QĐ-UBND register, Monday 25/03/2024, after
 * agencies reported tasks done through the bot.
 */
class DigestConversationTests {

    static final long AN = 1001;          // Sở Y tế
    static final long BINH = 1002;        // Sở Xây dựng
    static final long OFFICE = 1003;      // Văn phòng UBND
    static final long LEADER = 1004;      // Phó Chủ tịch in charge of Sở Y tế and Sở Xây dựng
    static final LocalDate MONDAY = LocalDate.of(2024, 3, 25);

    @TempDir
    Path dir;
    BotHarness harness;
    FakeBotApi telegram;

    @BeforeEach
    void start() throws Exception {
        harness = new BotHarness(dir);
        telegram = harness.telegram;
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    void theDigestAfterTasksReportedDoneThroughTheBotCountsAsTasksJsonDoes() {
        harness.linked(AN, "Nguyễn Văn An", ContactRole.STAFF, "Sở Y tế");
        harness.linked(BINH, "Trần Thị Bình", ContactRole.STAFF, "Sở Xây dựng");
        long office = harness.linked(OFFICE, "Văn phòng UBND tỉnh", ContactRole.OFFICE, null);
        int doneBefore = done(HandWired.digestBuilder(harness.db, harness.clock).build(MONDAY, DigestScope.all()).totals());

        MilestoneLine health = harness.openTaskLedBy("Sở Y tế");
        telegram.userSays(AN, "/xong " + health.taskId());
        telegram.awaitMessageContaining(AN, "Đã ghi nhận nhiệm vụ #" + health.taskId());
        MilestoneLine building = harness.openTaskLedBy("Sở Xây dựng");
        telegram.userSays(BINH, "/done " + building.taskId() + " đã ban hành kế hoạch");
        telegram.awaitMessageContaining(BINH, "Đã ghi nhận nhiệm vụ #" + building.taskId());
        MilestoneLine byButton = harness.openTaskLedBy("Sở Y tế");
        telegram.userSays(AN, "/xem " + byButton.taskId());
        FakeBotApi.Call detail = telegram.awaitMessageContaining(AN, "#" + byButton.taskId());
        telegram.presses(AN, detail, "d:" + byButton.taskId());
        FakeBotApi.Call confirm = telegram.awaitMessageContaining(AN, "Xác nhận nhiệm vụ #" + byButton.taskId());
        assertThat(confirm.buttons()).first().isEqualTo("d!:" + byButton.taskId() + ":" + byButton.milestoneId());
        telegram.presses(AN, confirm, confirm.buttons().get(0));
        telegram.awaitEdit(AN, t -> t.contains("Đã ghi nhận nhiệm vụ #" + byButton.taskId()));

        Map<MilestoneStatus, Integer> expected = DigestFigures.inTasksJson(tasksJson("2024-03-25"));
        DigestReport report;
        try (TelegramBot sender = new TelegramBot(telegram.settings())) {
            report = HandWired.digestPass(harness.db, harness.clock,
                    new TelegramDigestChannel(sender.outbox(), NoWaitTicker.attempts(), Texts.forCode("vi")))
                    .runOnce(harness.clock.instant(), false);
        }

        assertThat(report.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.contactId()).isEqualTo(office);
            assertThat(o.result()).isInstanceOf(DeliveryResult.Sent.class);
        });
        assertThat(done(expected)).isGreaterThanOrEqualTo(doneBefore + 3);
        assertThat(HandWired.digestBuilder(harness.db, harness.clock).build(MONDAY, DigestScope.all()).totals()).isEqualTo(expected);
        FakeBotApi.Call text = telegram.awaitMessageContaining(OFFICE, "Tình hình thực hiện nhiệm vụ — tuần 25/03/2024");
        assertThat(DigestFigures.inText(text.text())).isEqualTo(expected);
        assertThat(telegram.answeredTo(AN)).noneMatch(c -> c.method().equals("sendphoto") || c.method().equals("senddocument"));
        assertThat(telegram.answeredTo(BINH)).noneMatch(c -> c.text() != null && c.text().contains("Tình hình thực hiện"));
    }

    @Test
    void reportFromTheOfficeGivesTheDigestTextChartAndRegisterAndRecordsNothing() {
        harness.linked(OFFICE, "Văn phòng UBND tỉnh", ContactRole.OFFICE, null);

        telegram.userSays(OFFICE, "/baocao");

        FakeBotApi.Call text = telegram.awaitMessageContaining(OFFICE, "Tình hình thực hiện nhiệm vụ — tuần 25/03/2024");
        FakeBotApi.Call document = telegram.await(c -> c.method().equals("senddocument") && Long.valueOf(OFFICE).equals(c.chatId()),
                "the register");
        assertThat(text.text()).contains("Tất cả cơ quan.");
        assertThat(DigestFigures.inText(text.text())).isEqualTo(DigestFigures.inTasksJson(tasksJson("2024-03-25")));
        assertThat(telegram.answeredTo(OFFICE)).extracting(FakeBotApi.Call::method)
                .containsExactly("sendmessage", "sendphoto", "senddocument");
        assertThat(DigestFigures.image(telegram.file(telegram.answeredTo(OFFICE).get(1))).getWidth()).isPositive();
        assertThat(telegram.fileName(document)).isEqualTo("dondoc-2024-03-25.xlsx");
        assertThat(DigestFigures.workbookRows(telegram.file(document))).isEqualTo(tasksJson("2024-03-25").size());
        assertThat(harness.db.jdbc().queryForObject("SELECT count(*) FROM digest_delivery", Integer.class)).isZero();
    }

    @Test
    void reportFromALeaderInChargeOfTwoAgenciesShowsOnlyThose() {
        List<Long> theirs = List.of(harness.agencyId("Sở Y tế"), harness.agencyId("Sở Xây dựng"));
        harness.db.inTransaction(() -> harness.contacts.add(
                new NewContact("Phó Chủ tịch Lê Văn C", ContactRole.LEADER, null, theirs, LEADER)).id());

        telegram.userSays(LEADER, "/report");

        FakeBotApi.Call text = telegram.awaitMessageContaining(LEADER, "Tình hình thực hiện nhiệm vụ");
        FakeBotApi.Call document = telegram.await(c -> c.method().equals("senddocument") && Long.valueOf(LEADER).equals(c.chatId()),
                "the register");
        assertThat(text.text()).contains("Các cơ quan đồng chí phụ trách: Sở Xây dựng, Sở Y tế.").doesNotContain("Tất cả cơ quan.");
        int inScope = HandWired.digestBuilder(harness.db, harness.clock).lines(MONDAY, DigestScope.of(theirs)).size();
        assertThat(inScope).isPositive().isLessThan(tasksJson("2024-03-25").size());
        assertThat(DigestFigures.inText(text.text()).values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(inScope);
        assertThat(DigestFigures.workbookRows(telegram.file(document))).isEqualTo(inScope);
    }

    @Test
    void reportFromAnAgencyContactIsRefused() {
        harness.linked(AN, "Nguyễn Văn An", ContactRole.STAFF, "Sở Y tế");

        telegram.userSays(AN, "/baocao");

        telegram.awaitMessageContaining(AN, "chỉ dành cho Văn phòng UBND và lãnh đạo");
        telegram.awaitAllHandled();
        assertThat(telegram.answeredTo(AN)).extracting(FakeBotApi.Call::method).containsOnly("sendmessage").hasSize(1);
    }

    private static int done(Map<MilestoneStatus, Integer> totals) {
        return totals.get(MilestoneStatus.DONE_ON_TIME) + totals.get(MilestoneStatus.DONE_LATE);
    }

    /** {@code tasks --json --now DAY} in-process, on the harness's register file. */
    private List<String> tasksJson(String day) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliEnvironment env = new CliEnvironment(vn.dondoc.scheduler.testing.TestRegisters.environment(dir.resolve("register.db")),
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), harness.clock);
        assertThat(new Cli(env).run("tasks", "--json", "--now", day)).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
