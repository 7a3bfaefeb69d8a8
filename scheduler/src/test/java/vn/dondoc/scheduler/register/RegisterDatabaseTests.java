package vn.dondoc.scheduler.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataAccessException;

class RegisterDatabaseTests {

    @TempDir
    Path dir;

    @Test
    void opensWithWalBusyTimeoutAndForeignKeys() {
        try (RegisterDatabase db = RegisterDatabase.open(dir.resolve("r.db"))) {
            assertThat(db.jdbc().queryForObject("PRAGMA journal_mode", String.class)).isEqualToIgnoringCase("wal");
            assertThat(db.jdbc().queryForObject("PRAGMA busy_timeout", Integer.class)).isEqualTo(5000);
            assertThat(db.jdbc().queryForObject("PRAGMA foreign_keys", Integer.class)).isEqualTo(1);
        }
    }

    @Test
    void migratesOnceAndReopensWithoutChange() throws Exception {
        Path file = dir.resolve("nested/folder/r.db");
        try (RegisterDatabase db = RegisterDatabase.open(file)) {
            db.jdbc().update("INSERT INTO agency (name, name_key, created_at) VALUES ('Sở Y tế', 'so y te', '2024-01-01T00:00:00Z')");
        }
        try (RegisterDatabase db = RegisterDatabase.open(file)) {
            assertThat(db.jdbc().queryForObject("SELECT count(*) FROM agency", Integer.class)).isEqualTo(1);
            // One row per migration file, whoever adds the next one.
            long migrations;
            try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
                migrations = files.filter(f -> f.getFileName().toString().matches("V\\d+__.+\\.sql")).count();
            }
            assertThat(db.jdbc().queryForObject("SELECT count(*) FROM flyway_schema_history WHERE success = 1", Long.class))
                    .isEqualTo(migrations).isPositive();
        }
        assertThat(Files.exists(file)).isTrue();
    }

    @Test
    void refusesARowThatPointsNowhere() {
        try (RegisterDatabase db = RegisterDatabase.open(dir.resolve("r.db"))) {
            assertThatThrownBy(() -> db.jdbc().update(
                    "INSERT INTO agency_alias (agency_id, alias, alias_key) VALUES (42, 'x', 'x')"))
                    .isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("FOREIGN KEY");
        }
    }

    @Test
    void rollsBackEverythingWhenATransactionFails() {
        try (RegisterDatabase db = RegisterDatabase.open(dir.resolve("r.db"))) {
            assertThatThrownBy(() -> db.inTransaction(() -> {
                db.jdbc().update("INSERT INTO agency (name, name_key, created_at) VALUES ('A', 'a', 'now')");
                db.jdbc().update("INSERT INTO agency (name, name_key, created_at) VALUES ('A again', 'a', 'now')");
            })).isInstanceOf(DataAccessException.class);
            assertThat(db.jdbc().queryForObject("SELECT count(*) FROM agency", Integer.class)).isZero();
        }
    }

    @Test
    void neverChangesOrForgetsHistory() {
        try (RegisterDatabase db = RegisterDatabase.open(dir.resolve("r.db"))) {
            db.jdbc().update("INSERT INTO source_document (number, number_key, issued_on, plan_year, imported_at)"
                    + " VALUES ('1/QĐ', '1/qd', '2024-01-01', 2024, 'now')");
            db.jdbc().update("INSERT INTO task (source_id, item, title, deadline_text, deadline_kind, created_at, updated_at)"
                    + " VALUES (1, '1', 't', 'Quý I', 'FIXED', 'now', 'now')");
            db.jdbc().update("INSERT INTO history (task_id, at, actor, action) VALUES (1, 'now', 'test', 'CREATED')");

            assertThatThrownBy(() -> db.jdbc().update("UPDATE history SET action = 'X'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> db.jdbc().update("DELETE FROM history"))
                    .hasMessageContaining("append-only");
            assertThat(db.jdbc().queryForObject("SELECT action FROM history", String.class)).isEqualTo("CREATED");
        }
    }
}
