package vn.dondoc.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.bot.MutableClock;
import vn.dondoc.bot.cli.Cli;
import vn.dondoc.bot.cli.HandWired;
import vn.dondoc.bot.reminder.TelegramOfficeAlertChannel;
import vn.dondoc.bot.reminder.TelegramReminderChannel;
import vn.dondoc.bot.sending.FakeTicker;
import vn.dondoc.bot.sending.Pacer;
import vn.dondoc.bot.sending.PacingSettings;
import vn.dondoc.bot.sending.RetrySettings;
import vn.dondoc.bot.sending.SendAttempts;
import vn.dondoc.scheduler.reminder.ReminderPass;
import vn.dondoc.scheduler.reminder.ReminderPolicy;
import vn.dondoc.bot.cli.CliEnvironment;
import vn.dondoc.bot.telegram.FakeBotApi;
import vn.dondoc.messages.Texts;
import vn.dondoc.messages.digest.DigestText;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.digest.Digest;
import vn.dondoc.scheduler.digest.DigestBuilder;
import vn.dondoc.scheduler.digest.DigestScope;
import vn.dondoc.scheduler.digest.DigestSnapshots;
import vn.dondoc.scheduler.importing.ImportRequest;
import vn.dondoc.scheduler.indicator.IndicatorImporter;
import vn.dondoc.scheduler.indicator.IndicatorLine;
import vn.dondoc.scheduler.indicator.IndicatorRegister;
import vn.dondoc.scheduler.indicator.IndicatorSection;
import vn.dondoc.scheduler.indicator.IndicatorStandings;
import vn.dondoc.scheduler.indicator.Period;
import vn.dondoc.scheduler.register.OfficeZone;
import vn.dondoc.scheduler.task.TaskRegister;

/**
 * An agency reports an indicator's figure through the real bot (fake Bot API) on the 152/QĐ-UBND register with
 * Phụ lục 03 imported, on Monday 25/03/2024; then {@code indicators --json} and the digest show it.
 */
class IndicatorConversationTests {

    static final Path PHU_LUC_03 = Path.of("../examples/152-QD-UBND-2024-phu-luc-03.tsv");
    static final long BINH = 1002;        // Sở Xây dựng
    static final long AN = 1001;          // Sở Y tế

    @TempDir
    Path dir;
    BotHarness harness;
    FakeBotApi telegram;
    IndicatorRegister indicators;
    long urbanWater;

    @BeforeEach
    void start() throws Exception {
        harness = new BotHarness(dir);
        telegram = harness.telegram;
        new IndicatorImporter(harness.db, new MutableClock(Instant.parse("2024-01-20T02:00:00Z")))
                .run(new ImportRequest(PHU_LUC_03, "152/QĐ-UBND", LocalDate.of(2024, 1, 18), null, false));
        indicators = new IndicatorRegister(harness.db);
        // "Tỷ lệ dân số đô thị được dùng nước sạch — Đô thị loại IV trở lên", Sở Xây dựng; Quý I target 77 (%).
        urbanWater = indicators.lines(null, harness.today()).stream().filter(l -> l.name().equals("Đô thị loại IV trở lên"))
                .findFirst().orElseThrow().id();
        harness.linked(BINH, "Trần Thị Bình", ContactRole.STAFF, "Sở Xây dựng");
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    void anAgencyReportsAFigureThatIsRecordedOnlyOnceConfirmedAndIndicatorsAndTheDigestShowItsStanding() throws Exception {
        telegram.userSays(BINH, "/chitieu " + urbanWater + " 78");

        FakeBotApi.Call confirm = telegram.awaitMessageContaining(BINH, "Xin xác nhận");
        assertThat(confirm.text()).contains("#" + urbanWater, "Đô thị loại IV trở lên", "Quý I", "mục tiêu 77 %", "78 %", "đạt");
        assertThat(confirm.buttons()).containsExactly("ci!:" + urbanWater + ":Q1:78", "ci0:" + urbanWater);
        assertThat(line().actuals()).isEmpty();

        telegram.presses(BINH, confirm, "ci!:" + urbanWater + ":Q1:78");

        telegram.awaitEdit(BINH, t -> t.contains("Đã ghi nhận chỉ tiêu #" + urbanWater) && t.contains("đạt"));
        assertThat(line().actuals().get(Period.Q1).value()).isEqualByComparingTo("78");
        assertThat(line().actuals().get(Period.Q1).by()).isEqualTo("Trần Thị Bình (Sở Xây dựng)");

        JsonNode json = indicatorsJson();
        assertThat(json.get("targets").get("Q1").get("written").asText()).isEqualTo("77");
        assertThat(json.get("actuals").get("Q1").get("written").asText()).isEqualTo("78");
        assertThat(json.get("actuals").get("Q1").get("value").decimalValue()).isEqualByComparingTo("78");
        assertThat(json.get("actuals").get("Q1").get("by").asText()).isEqualTo("Trần Thị Bình (Sở Xây dựng)");
        assertThat(json.get("actuals").get("Q1").get("at").asText()).isEqualTo("2024-03-25T02:00:00Z");
        assertThat(json.get("standing").get("Q1").asText()).isEqualTo("MET");
        assertThat(json.get("standing").get("6M").asText()).isEqualTo("NOT_DUE");
        assertThat(json.get("agency").get(0).asText()).isEqualTo("Sở Xây dựng");

        DigestBuilder digests = new DigestBuilder(harness.db, new TaskRegister(harness.db, new vn.dondoc.scheduler.calendar.OfficeDays(harness.db)), new DigestSnapshots(harness.db), new vn.dondoc.scheduler.calendar.OfficeDays(harness.db),
                new IndicatorStandings(indicators));
        Digest digest = digests.build(harness.today(), DigestScope.all());
        assertThat(digest.indicators().periods()).containsExactly(new IndicatorSection.PeriodCount(Period.Q1, 1, 0, 0));
        assertThat(new DigestText(Texts.forCode("vi")).html(digest)).contains("<b>Chỉ tiêu</b>", "Quý I: ✅ 1 đạt · ❌ 0 chưa đạt");
    }

    @Test
    void aFigureInWordsIsRestatedAndCancellingRecordsNothing() {
        telegram.userSays(BINH, "chỉ tiêu " + urbanWater + " quý I đạt 76,5");

        FakeBotApi.Call confirm = telegram.awaitMessageContaining(BINH, "Xin xác nhận");
        assertThat(confirm.text()).contains("76,5 %", "chưa đạt");
        telegram.presses(BINH, confirm, "ci0:" + urbanWater);

        telegram.awaitEdit(BINH, t -> t.contains("Đã hủy"));
        assertThat(line().actuals()).isEmpty();
    }

    @Test
    void aShortfallReportedIsAGapInTheDigest() {
        telegram.userSays(BINH, "/chitieu " + urbanWater + " quý I 70");
        FakeBotApi.Call confirm = telegram.awaitMessageContaining(BINH, "Xin xác nhận");
        telegram.presses(BINH, confirm, confirm.buttons().get(0));
        telegram.awaitEdit(BINH, t -> t.contains("chưa đạt"));

        Digest digest = new DigestBuilder(harness.db, new TaskRegister(harness.db, new vn.dondoc.scheduler.calendar.OfficeDays(harness.db)), new DigestSnapshots(harness.db), new vn.dondoc.scheduler.calendar.OfficeDays(harness.db),
                new IndicatorStandings(indicators)).build(harness.today(), DigestScope.all());
        assertThat(digest.indicators().worstGaps()).singleElement().satisfies(g -> {
            assertThat(g.indicatorId()).isEqualTo(urbanWater);
            assertThat(g.shortfallPercent()).isBetween(9.0, 9.1); // 70 against 77
        });
        assertThat(new DigestText(Texts.forCode("vi")).html(digest)).contains("Thiếu hụt nhiều nhất", "70 % so với mục tiêu 77 (-9%)");
    }

    @Test
    void anotherAgencysContactCannotReportTheFigure() {
        harness.linked(AN, "Nguyễn Văn An", ContactRole.STAFF, "Sở Y tế");

        telegram.userSays(AN, "/chitieu " + urbanWater + " 78");

        telegram.awaitMessageContaining(AN, "không do Sở Y tế theo dõi");
        assertThat(line().actuals()).isEmpty();
    }

    @Test
    void theListShowsTheAgencysIndicators() {
        telegram.userSays(BINH, "/chitieu");

        FakeBotApi.Call list = telegram.awaitMessageContaining(BINH, "Chỉ tiêu Sở Xây dựng theo dõi");
        assertThat(list.text()).contains("(2)", "#" + urbanWater, "Đô thị loại V", "/chitieu 12 2.950");
    }

    @Test
    void thePeriodEndAsksForTheFigureInTheSameMessageAsTheTasksAndTheButtonTakesTheAnswer() {
        Texts texts = Texts.forCode("vi");
        FakeTicker ticker = new FakeTicker();
        SendAttempts attempts = new SendAttempts(new Pacer(PacingSettings.defaults(), ticker), RetrySettings.defaults(), ticker);
        ReminderPass pass = HandWired.reminderPass(harness.db, harness.clock, ReminderPolicy.defaults(),
                new TelegramReminderChannel(harness.outbox(), attempts, texts), new TelegramOfficeAlertChannel(harness.outbox(), attempts, texts));
        // Friday 29/03/2024 08:00: Quý I ends on Sunday 31/03, so its figure is asked for on the last working day before.
        Instant friday = Instant.parse("2024-03-29T01:00:00Z");
        harness.clock.set(friday);

        pass.runOnce(friday, false);

        FakeBotApi.Call reminder = telegram.awaitMessageContaining(BINH, "chỉ tiêu cần báo cáo số liệu");
        assertThat(telegram.sentTo(BINH)).hasSize(1);
        assertThat(reminder.text()).contains("6 nhiệm vụ cần báo cáo", "Chỉ tiêu <b>#" + urbanWater + "</b>",
                "Kỳ Quý I, hết kỳ <b>31/03/2024</b>: mục tiêu 77 %", "/chitieu " + urbanWater);
        assertThat(reminder.buttons()).contains("ci:" + urbanWater + ":Q1");

        telegram.presses(BINH, reminder, "ci:" + urbanWater + ":Q1");
        FakeBotApi.Call question = telegram.awaitMessageContaining(BINH, "Chỉ tiêu #" + urbanWater + "/Q1");
        assertThat(question.forceReply()).isTrue();
        telegram.userReplies(BINH, question, "78");
        FakeBotApi.Call confirm = telegram.awaitMessageContaining(BINH, "Xin xác nhận");
        assertThat(line().actuals()).isEmpty();
        telegram.presses(BINH, confirm, confirm.buttons().get(0));
        telegram.awaitEdit(BINH, t -> t.contains("Đã ghi nhận chỉ tiêu #" + urbanWater));

        // Three working days after the period's end, only the figure still missing is asked for again.
        Instant wednesday = Instant.parse("2024-04-03T01:00:00Z");
        harness.clock.set(wednesday);
        int before = telegram.sentTo(BINH).size();
        pass.runOnce(wednesday, false);
        FakeBotApi.Call again = telegram.await(c -> c.chatId() != null && c.chatId() == BINH && c.text() != null
                && c.text().contains("quá hạn báo cáo 3 ngày làm việc"), "the overdue figure");
        assertThat(again.text()).contains("Đô thị loại V").doesNotContain("#" + urbanWater + "<");
        assertThat(telegram.sentTo(BINH)).hasSize(before + 1);
    }

    private IndicatorLine line() {
        return indicators.line(urbanWater, harness.today()).orElseThrow();
    }

    private JsonNode indicatorsJson() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliEnvironment env = new CliEnvironment(vn.dondoc.scheduler.testing.TestRegisters.environment(dir.resolve("register.db")),
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), java.time.Clock.fixed(harness.clock.instant(), OfficeZone.ID));
        int status = new Cli(env).run("indicators", "--agency", "Sở Xây dựng", "--now", "2024-03-25", "--json");
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        ObjectMapper json = new ObjectMapper();
        for (String line : out.toString(StandardCharsets.UTF_8).lines().toList()) {
            JsonNode node = json.readTree(line);
            if (node.get("indicator").asLong() == urbanWater) {
                return node;
            }
        }
        throw new AssertionError("indicator " + urbanWater + " not listed:\n" + out.toString(StandardCharsets.UTF_8));
    }
}
