package vn.dondoc.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.bot.telegram.FakeBotApi;

/** {@code remind} on the real 152/QĐ-UBND register, Monday 25/03/2024 at 08:00 in Vietnam. */
class RemindCommandTests {

    static final String NOW = "2024-03-25T01:00:00Z";

    @TempDir
    Path dir;
    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("dondoc.db"));
        cli.importReal();
        assertThat(cli.run("contact", "add", "--name", "Nguyễn Thị Lan", "--role", "STAFF", "--agency", "Sở LĐTB&XH",
                "--chat-id", "111").status()).isZero();
        assertThat(cli.run("contact", "add", "--name", "Văn phòng UBND tỉnh", "--role", "OFFICE", "--chat-id", "222")
                .status()).isZero();
    }

    @Test
    void dryRunPrintsOneBlockPerChatInVietnameseAndRecordsNothing() {
        CliRunner.Result first = cli.run("remind", "--dry-run", "--now", NOW);
        CliRunner.Result second = cli.run("remind", "--dry-run", "--now", NOW);

        assertThat(first.status()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(first.out()).contains("── Chat 111: #1 Nguyễn Thị Lan (cán bộ đầu mối)")
                .contains("── Chat 222: #2 Văn phòng UBND tỉnh (Văn phòng UBND)")
                .contains("Kính gửi Nguyễn Thị Lan (Sở Lao động- TB và XH):")
                // Its 7-working-day point was Thursday 21/03; on Monday 25/03 five remain (25–29/03).
                .contains("Hạn: 31/03/2024 — còn 5 ngày làm việc")
                .contains("152/QĐ-UBND, mục")
                .contains("quá hạn 33 ngày làm việc")
                .contains("Để đôn đốc: do Sở Kế hoạch và Đầu tư chủ trì.")
                .contains("Chạy thử: không ghi gì vào sổ.");
        assertThat(first.out().lines().filter(l -> l.startsWith("── Chat "))).hasSize(2);
        assertThat(first.out()).as("HTML is for Telegram, not the console").doesNotContain("<b>");
        assertThat(second.out()).as("a dry run records nothing").isEqualTo(first.out());
    }

    @Test
    void withoutATokenRemindOnlyPrintsAndSaysSoOnStandardError() {
        CliRunner.Result r = cli.run("remind", "--now", NOW);
        CliRunner.Result dry = cli.run("remind", "--dry-run", "--now", NOW);

        assertThat(r.status()).isZero();
        assertThat(r.err()).contains("TELEGRAM_BOT_TOKEN");
        assertThat(r.out()).contains("── Chat 111").contains("lời nhắc mới");
        assertThat(dry.out()).as("nothing was recorded").contains("── Chat 111");
    }

    @Test
    void whenTelegramCannotBeReachedRemindExitsOneKeepsTheRemindersAndALaterRunSendsThemAndTellsTheOffice() throws Exception {
        try (FakeBotApi telegram = new FakeBotApi()) {
            // One failure (after its own retries) is taken for an outage: the test waits 7 s of backoff, not 14.
            cli.env("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN).env("TELEGRAM_API_URL", telegram.url()).env("DONDOC_OUTAGE_AFTER", "1");
            telegram.down(true);

            CliRunner.Result down = cli.run("remind", "--now", NOW);
            telegram.down(false);
            CliRunner.Result back = cli.run("remind", "--now", "2024-03-25T02:00:00Z");

            assertThat(down.status()).as(down.out() + down.err()).isEqualTo(1);
            assertThat(down.err()).contains("Không gửi được tin nào: Telegram không trả lời")
                    .contains("1 tin chưa thử gửi");
            assertThat(back.status()).as(back.err()).isZero();
            assertThat(back.out()).contains("0 lời nhắc mới, 2 tin nhắn (2 đã gửi");
            assertThat(telegram.sentTo(111)).hasSize(1);
            assertThat(telegram.sentTo(222)).filteredOn(c -> c.text().contains("gửi muộn")).singleElement()
                    .satisfies(c -> assertThat(c.text()).contains("2 tin nhắc đã gửi muộn lúc 09:00 25/03/2024")
                            .contains("không liên lạc được từ 08:00 25/03/2024"));
        }
    }

    @Test
    void anApiThatAcceptsAndNeverAnswersCostsRemindSecondsNotMinutes() throws Exception {
        try (FakeBotApi telegram = new FakeBotApi()) {
            cli.env("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN).env("TELEGRAM_API_URL", telegram.url())
                    .env("DONDOC_OUTAGE_AFTER", "1").env("DONDOC_TELEGRAM_READ_TIMEOUT", "1s");
            telegram.silent(true);

            long started = System.nanoTime();
            CliRunner.Result r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(40),
                    () -> cli.run("remind", "--now", NOW));
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;

            // 4 attempts of 1 s each and 7 s of backoff between them; telegrambots' own client would wait 100 s each.
            assertThat(seconds).isLessThan(25);
            assertThat(r.status()).isEqualTo(1);
            // OkHttp says "timeout" or, when the socket's own read timeout fires first, "Read timed out".
            assertThat(r.err()).contains("Telegram không trả lời").containsAnyOf("timeout", "timed out");
            assertThat(telegram.unanswered()).isEqualTo(4);
        }
    }

    @Test
    void remindAndASecondImportWaitForAnImportWritingTheRegisterInsteadOfDying() throws Exception {
        try (FakeBotApi telegram = new FakeBotApi()) {
            cli.env("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN).env("TELEGRAM_API_URL", telegram.url());
            CliRunner.Result remind;
            CliRunner.Result reimport;
            try (var importing = vn.dondoc.bot.command.RegisterWriter.holding(dir.resolve("dondoc.db"), java.time.Duration.ofSeconds(7))) {
                remind = cli.run("remind", "--now", NOW);
            }
            try (var importing = vn.dondoc.bot.command.RegisterWriter.holding(dir.resolve("dondoc.db"), java.time.Duration.ofSeconds(7))) {
                reimport = cli.importReal();
            }

            assertThat(remind.status()).as(remind.err()).isZero();
            assertThat(remind.out()).contains("2 đã gửi");
            assertThat(reimport.status()).as(reimport.err()).isZero();
        }
    }

    @Test
    void aRegisterBusyLongerThanTheBusyTimeoutIsSaidInOneLineAndNothingIsSent() throws Exception {
        try (FakeBotApi telegram = new FakeBotApi()) {
            cli.env("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN).env("TELEGRAM_API_URL", telegram.url()).env("DONDOC_BUSY_TIMEOUT", "1s");
            CliRunner.Result remind;
            try (var importing = vn.dondoc.bot.command.RegisterWriter.holding(dir.resolve("dondoc.db"), java.time.Duration.ofSeconds(4))) {
                remind = cli.run("remind", "--now", NOW);
            }

            assertThat(remind.status()).isEqualTo(1);
            assertThat(remind.err().lines()).singleElement().asString()
                    .isEqualTo("dondoc: Sổ nhiệm vụ đang bận: một lệnh khác (ví dụ một lần nhập lớn) đang ghi vào sổ. Chưa ghi gì cả; hãy làm lại sau ít phút.");
            assertThat(telegram.calls()).filteredOn(c -> c.method().equals("sendmessage")).isEmpty();
        }
    }

    @Test
    void withATokenSendsThroughTelegramRecordsItAndASecondRunSendsNothing() throws Exception {
        try (FakeBotApi telegram = new FakeBotApi()) {
            cli.env("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN).env("TELEGRAM_API_URL", telegram.url());

            CliRunner.Result first = cli.run("remind", "--now", NOW);
            CliRunner.Result second = cli.run("remind", "--now", NOW);

            assertThat(first.status()).as(first.err()).isZero();
            assertThat(first.err()).isEmpty();
            assertThat(first.out()).contains("2 tin nhắn (2 đã gửi, 0 lỗi, 0 bị chặn)").doesNotContain("── Chat");
            assertThat(telegram.sentTo(111)).isNotEmpty().last().satisfies(c -> assertThat(c.buttons().get(0)).startsWith("d:"));
            assertThat(telegram.sentTo(111).get(0).text()).contains("Kính gửi Nguyễn Thị Lan");
            assertThat(telegram.sentTo(222)).isNotEmpty();
            assertThat(second.out()).contains("0 lời nhắc mới, 0 tin nhắn");
            assertThat(telegram.calls().stream().filter(c -> c.method().equals("sendmessage")))
                    .hasSize(telegram.sentTo(111).size() + telegram.sentTo(222).size());
        }
    }

    @Test
    void aBlockedContactIsReportedOnTheCommandLineAndToTheOffice() throws Exception {
        try (FakeBotApi telegram = new FakeBotApi()) {
            telegram.blockedBy(111);
            cli.env("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN).env("TELEGRAM_API_URL", telegram.url());

            CliRunner.Result r = cli.run("remind", "--now", NOW);

            assertThat(r.status()).isZero();
            assertThat(r.out()).contains("(1 đã gửi, 0 lỗi, 1 bị chặn)").contains("#1 Nguyễn Thị Lan (Sở Lao động- TB và XH) đã chặn bot");
            assertThat(telegram.sentTo(222)).anySatisfy(c -> assertThat(c.text()).contains("Đã chặn bot").contains("#1 Nguyễn Thị Lan"));
            assertThat(cli.run("contacts", "--json").out()).contains("\"status\":\"BLOCKED\"");
        }
    }

    @Test
    void aSendRateAboveTelegramsLimitIsRefusedInOneLine() {
        cli.env("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN).env("DONDOC_SEND_PER_SECOND", "31");

        CliRunner.Result r = cli.run("remind", "--now", NOW);

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString().startsWith("dondoc: ").contains("DONDOC_SEND_PER_SECOND")
                .contains("31");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aBadInstantIsRefusedInOneLine() {
        // 25/03/2024 is a good moment now (issue 10: clerks write dates that way); 25/13/2024 is not.
        CliRunner.Result r = cli.run("remind", "--now", "25/13/2024");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString().startsWith("dondoc: ").contains("25/13/2024");
    }

    @Test
    void theReminderPolicyComesFromTheSameSettingsAsRun() {
        CliRunner.Result defaults = cli.run("remind", "--dry-run", "--now", NOW);
        cli.env("DONDOC_REMIND_DAYS_BEFORE", "2, 1");

        CliRunner.Result twoAndOne = cli.run("remind", "--dry-run", "--now", NOW);

        assertThat(defaults.out()).contains("Hạn: 31/03/2024 — còn 5 ngày làm việc");
        assertThat(twoAndOne.status()).isZero();
        assertThat(twoAndOne.out()).as("31/03 is 5 working days away: no point of 2 or 1 reached")
                .doesNotContain("Hạn: 31/03/2024");
        cli.env("DONDOC_REMIND_DAYS_BEFORE", "1,3,7");
        CliRunner.Result ascending = cli.run("remind", "--dry-run", "--now", NOW);
        assertThat(ascending.status()).isEqualTo(2);
        assertThat(ascending.err().lines()).singleElement().asString().startsWith("dondoc: Cài đặt nhắc hạn không hợp lệ");
    }
}
