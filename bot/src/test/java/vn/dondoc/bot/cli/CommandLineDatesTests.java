package vn.dondoc.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clerks write 18/01/2024; every date option takes it, and ISO, in office time; moments are printed in office time. */
class CommandLineDatesTests {

    @TempDir
    Path dir;
    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("dondoc.db"));
    }

    @Test
    void issuedTakesTheDateAsClerksWriteIt() {
        CliRunner.Result r = cli.run("deadline", "--issued", "18/01/2024", "trong 10 ngày");

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"dates\":[\"2024-01-28\"]");
        assertThat(cli.run("import", CliRunner.REAL.toString(), "--source", "152/QĐ-UBND", "--issued", "18/1/2024")
                .status()).isZero();
        assertThat(cli.run("tasks", "--now", "25/03/2024").out()).contains("tính đến 25/03/2024");
        assertThat(cli.run("holidays", "add", "--date", "01/10/2024", "--name", "Ngày của tỉnh").out()).contains("01/10/2024");
    }

    @Test
    void impossibleDatesAreStillRefusedInOneLine() {
        for (String bad : new String[] {"31/02/2024", "2024-13-01", "18-01-2024"}) {
            CliRunner.Result r = cli.run("deadline", "--issued", bad, "Quý I");
            assertThat(r.status()).as(bad).isEqualTo(2);
            assertThat(r.err().lines()).singleElement().asString().contains("18/01/2024");
        }
    }

    @Test
    void remindTakesOfficeTimeAndPrintsItNeverUtcAndNeverSaysSentWhenItOnlyPrinted() {
        cli.importReal();
        cli.run("contact", "add", "--name", "Nguyễn Thị Lan", "--role", "STAFF", "--agency", "Sở LĐTB&XH", "--chat-id", "111");

        CliRunner.Result utc = cli.run("remind", "--dry-run", "--now", "2024-03-25T01:00:00Z");
        CliRunner.Result office = cli.run("remind", "--dry-run", "--now", "25/03/2024 08:00");
        CliRunner.Result day = cli.run("remind", "--dry-run", "--now", "25/03/2024");
        CliRunner.Result local = cli.run("remind", "--dry-run", "--now", "2024-03-25T08:00");
        CliRunner.Result noToken = cli.run("remind", "--now", "25/03/2024 08:00");

        assertThat(office.status()).as(office.err()).isZero();
        assertThat(office.out()).isEqualTo(utc.out()).isEqualTo(day.out()).isEqualTo(local.out())
                .contains("Tính đến 25/03/2024 08:00 (giờ Việt Nam)")
                .doesNotContain("2024-03-25T01:00:00Z").doesNotContain("đã gửi");
        assertThat(noToken.out()).contains("chưa gửi tin nào").doesNotContain("đã gửi");
    }

    @Test
    void digestTakesADayOrAnOfficeTime() {
        cli.importReal();
        Path out = dir.resolve("d");
        CliRunner.Result r = cli.run("digest", "--dry-run", "--now", "25/03/2024", "--out", out.toString());
        CliRunner.Result timed = cli.run("digest", "--dry-run", "--now", "25/03/2024 07:30", "--out", dir.resolve("e").toString());

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("tính đến 25/03/2024");
        assertThat(timed.status()).as(timed.err()).isZero();
        assertThat(cli.run("digest", "--now", "thứ hai").err()).contains("25/03/2024 08:00");
    }
}
