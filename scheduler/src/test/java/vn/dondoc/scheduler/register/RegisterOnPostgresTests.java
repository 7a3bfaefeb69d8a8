package vn.dondoc.scheduler.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.dondoc.scheduler.testing.TestPostgres;

/** What is PostgreSQL's own in the register: its migrations, the history's trigger, the pass lock on the server. */
class RegisterOnPostgresTests {

    @Test
    void anEmptyDatabaseIsMigratedWithTheCommonAndThePostgresqlMigrations() {
        RegisterDatabase.PostgresServer server = TestPostgres.server().emptyDatabase();
        try (RegisterDatabase db = RegisterDatabase.open(server)) {
            assertThat(db.postgres()).isTrue();
            assertThat(db.jdbc().queryForList("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank",
                    String.class)).startsWith("1", "2", "3", "4").contains("10", "10.1", "15");
            // Ids come from the database, as SQLite's INTEGER PRIMARY KEY gives them.
            long id = db.jdbc().queryForObject("INSERT INTO agency (name, name_key, created_at) VALUES ('Sở Y tế', 'so y te', 'x')"
                    + " RETURNING id", Long.class);
            assertThat(id).isEqualTo(1);
            // A chat id beyond 32 bits (a supergroup's) fits.
            db.jdbc().update("INSERT INTO contact (name, role, status, chat_id, created_at) VALUES ('Nhóm', 'OFFICE', 'ACTIVE', ?, 'x')",
                    -1001234567890L);
            assertThat(db.jdbc().queryForObject("SELECT chat_id FROM contact", Long.class)).isEqualTo(-1001234567890L);
        }
        try (RegisterDatabase again = RegisterDatabase.open(server)) {
            assertThat(again.jdbc().queryForObject("SELECT count(*) FROM agency", Integer.class)).isEqualTo(1);
        }
    }

    @Test
    void anEmptyDatabaseHoldsNoRegisterAndAskingCreatesNoneAsAMissingSqliteFileDoes() {
        RegisterDatabase.PostgresServer server = TestPostgres.server().emptyDatabase();
        RegisterSettings settings = new RegisterSettings(server.url(), server.user(), server.password(), java.time.Duration.ofSeconds(5));
        try (RegisterDatabase db = RegisterDatabase.onFirstUse(settings)) {
            assertThat(db.exists()).isFalse();
            assertThat(db.exists()).as("asking migrated nothing").isFalse();
        }
        try (RegisterDatabase db = RegisterDatabase.onFirstUse(settings)) {
            db.jdbc().queryForObject("SELECT count(*) FROM task", Integer.class);
            assertThat(db.exists()).isTrue();
        }
        try (RegisterDatabase db = RegisterDatabase.onFirstUse(settings)) {
            assertThat(db.exists()).as("a register made before").isTrue();
        }
        RegisterDatabase.PostgresServer absent = TestPostgres.server().absentDatabase();
        try (RegisterDatabase db = RegisterDatabase.onFirstUse(new RegisterSettings(absent.url(), absent.user(), "", java.time.Duration.ofSeconds(5)))) {
            assertThatThrownBy(db::exists).isInstanceOf(RegisterUnavailableException.class)
                    .satisfies(e -> assertThat(((RegisterUnavailableException) e).code()).isEqualTo(RegisterError.OPEN));
        }
    }

    @Test
    void theHistoryRefusesUpdateDeleteAndTruncateOnPostgresqlToo() {
        try (RegisterDatabase db = RegisterDatabase.open(TestPostgres.server().freshDatabase())) {
            long source = db.jdbc().queryForObject("INSERT INTO source_document (number, number_key, issued_on, plan_year, imported_at)"
                    + " VALUES ('1/QĐ', '1/qd', '2024-01-01', 2024, 'now') RETURNING id", Long.class);
            long task = db.jdbc().queryForObject("INSERT INTO task (source_id, item, title, deadline_text, deadline_kind, created_at,"
                    + " updated_at) VALUES (?, '1', 't', 'Quý I', 'FIXED', 'now', 'now') RETURNING id", Long.class, source);
            db.jdbc().update("INSERT INTO history (task_id, at, actor, action) VALUES (?, 'now', 'test', 'CREATED')", task);

            assertThatThrownBy(() -> db.jdbc().update("UPDATE history SET action = 'X'")).hasMessageContaining("append-only");
            assertThatThrownBy(() -> db.jdbc().update("DELETE FROM history")).hasMessageContaining("append-only");
            assertThatThrownBy(() -> db.jdbc().update("TRUNCATE history CASCADE")).hasMessageContaining("append-only");
            assertThat(db.jdbc().queryForObject("SELECT action FROM history", String.class)).isEqualTo("CREATED");
        }
    }

    @Test
    void thePassLockIsTheServersAndOneHolderAtATime() {
        RegisterDatabase.PostgresServer server = TestPostgres.server().freshDatabase();
        try (RegisterDatabase one = RegisterDatabase.open(server); RegisterDatabase other = RegisterDatabase.open(server)) {
            try (RegisterDatabase.Held held = one.hold("reminders", RegisterError.RUNNING, "x")) {
                assertThatThrownBy(() -> other.hold("reminders", RegisterError.RUNNING, "x"))
                        .isInstanceOf(RegisterBusyException.class);
                other.hold("digest", RegisterError.RUNNING, "x").close();
            }
            assertThat(other.exclusively("reminders", RegisterError.RUNNING, () -> "ran")).isEqualTo("ran");
        }
    }

    @Test
    void aWriteThatWaitsLongerThanTheBusyTimeoutForARowAnotherWritesIsTheRegisterBeingBusy() throws Exception {
        RegisterDatabase.PostgresServer server = TestPostgres.server().freshDatabase();
        try (RegisterDatabase importing = RegisterDatabase.open(server);
             RegisterDatabase bot = RegisterDatabase.open(server, java.time.Duration.ofMillis(500))) {
            importing.jdbc().update("INSERT INTO agency (name, name_key, created_at) VALUES ('Sở Y tế', 'so y te', 'x')");
            java.util.concurrent.CountDownLatch holding = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
            Thread writer = new Thread(() -> importing.inTransaction(() -> {
                importing.jdbc().update("UPDATE agency SET created_at = 'y' WHERE id = 1");
                holding.countDown();
                try {
                    done.await(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            writer.start();
            holding.await(10, java.util.concurrent.TimeUnit.SECONDS);

            assertThatThrownBy(() -> bot.inTransaction(() -> bot.jdbc().update("UPDATE agency SET name = 'Sở Y Tế' WHERE id = 1")))
                    .isInstanceOf(RegisterBusyException.class);
            done.countDown();
            writer.join();
            assertThat(bot.jdbc().queryForObject("SELECT name FROM agency", String.class)).isEqualTo("Sở Y tế");
        }
    }

    @Test
    void aServerThatCannotBeReachedIsOneCodedFailureWithoutThePassword() {
        RegisterDatabase.PostgresServer nowhere = new RegisterDatabase.PostgresServer(
                "jdbc:postgresql://127.0.0.1:1/dondoc?password=secret&connectTimeout=2", "dondoc", "secret");
        assertThatThrownBy(() -> RegisterDatabase.open(nowhere))
                .isInstanceOf(RegisterUnavailableException.class)
                .satisfies(e -> {
                    assertThat(((RegisterUnavailableException) e).code()).isEqualTo(RegisterError.OPEN);
                    assertThat(((RegisterUnavailableException) e).args().toString()).doesNotContain("secret");
                });
    }
}
