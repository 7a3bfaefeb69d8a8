package vn.dondoc.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Settings are read in one place (application.yml over the environment) and checked once at every
 * start: a bad value is refused the same way by every command, in one line, with exit status 2, in the
 * language of DONDOC_LANG.
 */
class SettingsTests {

    @TempDir
    Path dir;
    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("dondoc.db"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"deadline --issued 2024-01-18 Quý I", "holidays --year 2024", "digest --dry-run", "remind --dry-run"})
    void aSendRateAboveTelegramsLimitIsRefusedTheSameWayByEveryCommand(String command) {
        cli.env("DONDOC_SEND_PER_SECOND", "500");

        CliRunner.Result r = cli.run(command.split(" (?=-)|(?<=deadline|holidays|digest|remind|2024-01-18) "));

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString()
                .isEqualTo("dondoc: Cài đặt DONDOC_SEND_PER_SECOND phải là số nguyên từ 1 đến 30, không phải \"500\".");
        assertThat(r.out()).isEmpty();
        assertThat(Files.exists(dir.resolve("dondoc.db"))).as("nothing was opened").isFalse();
    }

    @ParameterizedTest
    @CsvSource({"DONDOC_INVITE_DAYS, 0", "DONDOC_INVITE_DAYS, -1", "DONDOC_INVITE_DAYS, 100000000", "DONDOC_INVITE_DAYS, bảy",
            "DONDOC_OVERDUE_EVERY, 0", "DONDOC_REMIND_AT, 8 giờ", "TELEGRAM_API_URL, ftp://example.org",
            "DONDOC_SEND_IN_FLIGHT, 0", "DONDOC_SEND_IN_FLIGHT, 31", "DONDOC_CLUSTER_CHECKIN_SECONDS, 0",
            "DONDOC_CLUSTER_CHECKIN_SECONDS, 61", "DONDOC_QUARTZ_CONNECTIONS, 2", "DONDOC_QUARTZ_CONNECTIONS, 51"})
    void aBadSettingIsNamedWithItsValue(String variable, String value) {
        cli.env(variable, value);

        CliRunner.Result r = cli.run("deadline", "--issued", "2024-01-18", "Quý I");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString().startsWith("dondoc: ").contains(variable).contains(value);
    }

    @ParameterizedTest
    @CsvSource({"DONDOC_BOT_WORKERS, 0", "DONDOC_CHAT_QUEUE, 0", "DONDOC_CHAT_BURST, -1", "DONDOC_CHAT_PER_MINUTE, 0",
            "DONDOC_REPEAT_SECONDS, 100000", "DONDOC_STRANGER_EVERY_SECONDS, -5", "DONDOC_LINK_WRONG_CODES, 0",
            "DONDOC_LINK_WINDOW_MINUTES, 0", "DONDOC_LINK_LOCKOUT_MINUTES, 100000", "DONDOC_LINK_PAUSE_SECONDS, 3600",
            "DONDOC_POLLER_EVERY_SECONDS, 0", "DONDOC_POLLER_EVERY_SECONDS, 11"})
    void aFloodOrGuessingLimitOutOfRangeIsRefusedAtStart(String variable, String value) {
        cli.env(variable, value);

        CliRunner.Result r = cli.run("deadline", "--issued", "2024-01-18", "Quý I");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString().startsWith("dondoc: ").contains(variable).contains(value);
    }

    @Test
    void withDondocLangEnTheRefusalIsInEnglish() {
        cli.env("DONDOC_LANG", "en").env("DONDOC_SEND_PER_SECOND", "500");

        CliRunner.Result r = cli.run("remind", "--dry-run");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString()
                .isEqualTo("dondoc: The setting DONDOC_SEND_PER_SECOND must be a whole number from 1 to 30, not \"500\".");
    }

    @Test
    void escalatingToTheOfficeBeforeTheHeadIsRefused() {
        cli.env("DONDOC_ESCALATE_HEAD_AFTER", "10").env("DONDOC_ESCALATE_OFFICE_AFTER", "5");

        CliRunner.Result r = cli.run("holidays", "--year", "2024");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("DONDOC_ESCALATE_OFFICE_AFTER (5)").contains("DONDOC_ESCALATE_HEAD_AFTER (10)");
    }

    // DONDOC_DB: a file or a PostgreSQL URL; a URL of another kind is refused, never taken for a folder's name.

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:mysql://localhost:3306/dondoc", "jdbc:sqlite:/tmp/dondoc.db", "postgresql://localhost/dondoc"})
    void aDatabaseUrlOfAnotherKindIsRefusedInOneLineAndNoFolderIsMadeOfIt(String url) {
        cli.env("DONDOC_DB", url);

        CliRunner.Result r = cli.importReal(); // a command that creates the register when there is none

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString().isEqualTo("dondoc: Cài đặt DONDOC_DB phải là đường dẫn tới tệp"
                + " sổ SQLite hoặc địa chỉ PostgreSQL dạng jdbc:postgresql://máy:cổng/tên_csdl, không phải \"" + url
                + "\" (chỉ hỗ trợ SQLite và PostgreSQL).");
        assertThat(Path.of(url.substring(0, url.indexOf('/')))).as("the folder today's bug made").doesNotExist();
    }

    @Test
    void aPostgresqlUrlIsTheServersDatabaseNotAFolderCalledJdbcPostgresql() {
        cli.env("DONDOC_DB", "jdbc:postgresql://127.0.0.1:1/dondoc").env("DONDOC_DB_USER", "dondoc")
                .env("DONDOC_DB_PASSWORD", "bí mật");

        CliRunner.Result r = cli.importReal(); // a command that creates the register when there is none

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err().lines()).singleElement().asString()
                .startsWith("dondoc: ").contains("jdbc:postgresql://127.0.0.1:1/dondoc").doesNotContain("bí mật");
        assertThat(Path.of("jdbc:postgresql:")).doesNotExist();
        assertThat(dir.resolve("dondoc.db")).doesNotExist();
    }
}
