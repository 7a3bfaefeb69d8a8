package vn.dondoc.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.testing.TestPostgres;

/** copy-register moves the real 152 register from SQLite to the test PostgreSQL server with nothing lost. */
class CopyRegisterCommandTests {

    @TempDir
    Path dir;
    CliRunner cli;

    @BeforeEach
    void setUp() {
        // The source is a SQLite file whichever database the run is on: the copy goes from SQLite to PostgreSQL.
        cli = new CliRunner(dir.resolve("dondoc.db")).env("DONDOC_DB", dir.resolve("dondoc.db").toString())
                .env("DONDOC_DB_USER", "").env("DONDOC_DB_PASSWORD", "");
        cli.env("TELEGRAM_BOT_USERNAME", "@dondoc_nghean_bot");
        assertThat(cli.importReal().status()).isZero();
        assertThat(cli.run("contact", "add", "--name", "Trần Thị Bình", "--role", "STAFF", "--agency", "Sở Y tế",
                "--chat-id", "-1001234567890").status()).isZero();
        assertThat(cli.run("contact", "add", "--name", "Lê Văn C", "--role", "OFFICE").status()).isZero();
        assertThat(cli.run("contact", "invite", "--contact", "2").status()).isZero();
        // A few deliveries, as a pass writes them (a reminder sent, one that failed and waits for its retry).
        try (RegisterDatabase db = RegisterDatabase.open(dir.resolve("dondoc.db"))) {
            db.jdbc().update("INSERT INTO delivery (milestone_id, task_id, contact_id, chat_id, kind, working_days, point_on,"
                    + " escalated, planned_at, status, message_ids, finished_at, attempts) SELECT m.id, m.task_id, 1,"
                    + " -1001234567890, 'BEFORE', 3, '2024-03-26', 0, '2024-03-26T01:00:00Z', 'SENT', '17', '2024-03-26T01:00:01Z', 1"
                    + " FROM milestone m WHERE m.due_on IS NOT NULL ORDER BY m.id LIMIT 40");
            db.jdbc().update("UPDATE delivery SET status = 'FAILED', reason = 'HTTP 502', retry_at = '2024-03-26T02:00:00Z'"
                    + " WHERE id = 3");
        }
    }

    @Test
    void theReal152RegisterIsCopiedToAnEmptyDatabaseAndComparedTableByTable() {
        RegisterDatabase.PostgresServer target = TestPostgres.server().emptyDatabase();

        CliRunner.Result r = cli.run("copy-register", "--to", target.url(), "--user", target.user());

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Đã chép sổ " + dir.resolve("dondoc.db") + " sang " + target.url()).contains("không thiếu gì");
        for (String table : new String[] {"history", "delivery", "invite"}) {
            assertThat(r.out().lines().filter(l -> l.startsWith(table + " ")).findFirst()).as(table).hasValueSatisfying(
                    line -> assertThat(line).contains("khớp từng dòng"));
        }
        assertThat(r.out()).doesNotContain("KHÔNG KHỚP");
        assertThat(r.err()).contains("Đang chép bảng task: 178/178 dòng");
        try (RegisterDatabase copy = RegisterDatabase.open(target);
             RegisterDatabase original = RegisterDatabase.open(dir.resolve("dondoc.db"))) {
            for (String table : new String[] {"task", "milestone", "agency", "agency_alias", "task_agency", "history", "contact",
                    "invite", "delivery", "source_document"}) {
                assertThat(copy.jdbc().queryForObject("SELECT count(*) FROM " + table, Long.class)).as(table)
                        .isEqualTo(original.jdbc().queryForObject("SELECT count(*) FROM " + table, Long.class));
            }
            assertThat(copy.jdbc().queryForObject("SELECT count(*) FROM task", Integer.class)).isEqualTo(178);
            assertThat(copy.jdbc().queryForMap("SELECT name, chat_id FROM contact WHERE id = 1"))
                    .isEqualTo(Map.of("name", "Trần Thị Bình", "chat_id", -1001234567890L));
            // New rows on the copy get ids after the copied ones.
            long maxAgency = copy.jdbc().queryForObject("SELECT max(id) FROM agency", Long.class);
            long next = copy.jdbc().queryForObject("INSERT INTO agency (name, name_key, created_at) VALUES ('Sở Mới', 'so moi', 'x')"
                    + " RETURNING id", Long.class);
            assertThat(next).isGreaterThan(maxAgency);
        }
    }

    @Test
    void aTargetThatHoldsARegisterAlreadyIsRefusedUnlessReplaceIsGiven() {
        RegisterDatabase.PostgresServer target = TestPostgres.server().emptyDatabase();
        assertThat(cli.run("copy-register", "--to", target.url(), "--user", target.user()).status()).isZero();

        CliRunner.Result again = cli.run("copy-register", "--to", target.url(), "--user", target.user());

        assertThat(again.status()).isEqualTo(2);
        assertThat(again.err().lines()).singleElement().asString().startsWith("dondoc: Cơ sở dữ liệu đích")
                .contains("không trống").contains("--replace");
        CliRunner.Result replaced = cli.run("copy-register", "--to", target.url(), "--user", target.user(), "--replace");
        assertThat(replaced.status()).as(replaced.err()).isZero();
        assertThat(replaced.out()).contains("không thiếu gì");
    }

    @Test
    void aTargetThatIsNotPostgresqlIsRefusedInOneLine() {
        CliRunner.Result r = cli.run("copy-register", "--to", dir.resolve("khac.db").toString());

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString().contains("jdbc:postgresql://");
    }
}
