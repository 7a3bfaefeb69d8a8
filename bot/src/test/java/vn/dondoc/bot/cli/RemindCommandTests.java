package vn.dondoc.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
                .contains("Hạn: 31/03/2024 — còn 7 ngày làm việc")
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
    void aBadInstantIsRefusedInOneLine() {
        CliRunner.Result r = cli.run("remind", "--now", "25/03/2024");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString().startsWith("dondoc: ").contains("25/03/2024");
    }
}
