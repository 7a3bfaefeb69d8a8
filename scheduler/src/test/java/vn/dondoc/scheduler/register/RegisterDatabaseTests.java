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
            assertThat(db.jdbc().queryForObject("PRAGMA busy_timeout", Integer.class)).isEqualTo(30_000);
            assertThat(db.jdbc().queryForObject("PRAGMA foreign_keys", Integer.class)).isEqualTo(1);
        }
    }

    @Test
    void migratesOnceAndReopensWithoutChange() throws Exception {
        Path file = dir.resolve("nested/folder/r.db");
        int applied;
        try (RegisterDatabase db = vn.dondoc.scheduler.testing.TestRegisters.open(file)) {
            db.jdbc().update("INSERT INTO agency (name, name_key, created_at) VALUES ('Sở Y tế', 'so y te', '2024-01-01T00:00:00Z')");
            applied = db.jdbc().queryForObject("SELECT count(*) FROM flyway_schema_history WHERE success", Integer.class);
        }
        try (RegisterDatabase db = vn.dondoc.scheduler.testing.TestRegisters.open(file)) {
            assertThat(db.jdbc().queryForObject("SELECT count(*) FROM agency", Integer.class)).isEqualTo(1);
            assertThat(db.jdbc().queryForObject("SELECT count(*) FROM flyway_schema_history", Integer.class))
                    .isEqualTo(applied).isGreaterThanOrEqualTo(2);
        }
        assertThat(Files.exists(file)).isNotEqualTo(vn.dondoc.scheduler.testing.TestRegisters.postgres());
    }

    @Test
    void refusesARowThatPointsNowhere() {
        try (RegisterDatabase db = vn.dondoc.scheduler.testing.TestRegisters.open(dir.resolve("r.db"))) {
            assertThatThrownBy(() -> db.jdbc().update(
                    "INSERT INTO agency_alias (agency_id, alias, alias_key) VALUES (42, 'x', 'x')"))
                    .isInstanceOf(DataAccessException.class)
                    .hasMessageMatching("(?is).*foreign key.*"); // SQLite: FOREIGN KEY constraint failed
        }
    }

    @Test
    void rollsBackEverythingWhenATransactionFails() {
        try (RegisterDatabase db = vn.dondoc.scheduler.testing.TestRegisters.open(dir.resolve("r.db"))) {
            assertThatThrownBy(() -> db.inTransaction(() -> {
                db.jdbc().update("INSERT INTO agency (name, name_key, created_at) VALUES ('A', 'a', 'now')");
                db.jdbc().update("INSERT INTO agency (name, name_key, created_at) VALUES ('A again', 'a', 'now')");
            })).isInstanceOf(DataAccessException.class);
            assertThat(db.jdbc().queryForObject("SELECT count(*) FROM agency", Integer.class)).isZero();
        }
    }

    @Test
    void neverChangesOrForgetsHistory() {
        try (RegisterDatabase db = vn.dondoc.scheduler.testing.TestRegisters.open(dir.resolve("r.db"))) {
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

    @Test
    void invitesWrittenInClearByTheFirstSchemaAreHashedOnUpgrade() throws Exception {
        Path file = dir.resolve("old.db");
        org.sqlite.SQLiteDataSource old = new org.sqlite.SQLiteDataSource();
        old.setUrl("jdbc:sqlite:" + file);
        org.flywaydb.core.Flyway.configure().dataSource(old).locations("classpath:db/migration", "classpath:db/sqlite").target("1").load().migrate();
        try (var connection = old.getConnection(); var statement = connection.createStatement()) {
            statement.execute("INSERT INTO contact (name, role, status, created_at) VALUES ('Lê Văn C', 'OFFICE', 'INVITED', '2024-01-01T00:00:00Z')");
            statement.execute("INSERT INTO invite (code, contact_id, expires_at) VALUES ('abcDEF123_-xyz09', 1, '2024-01-08T00:00:00Z')");
        }

        try (RegisterDatabase db = RegisterDatabase.open(file)) {
            assertThat(db.jdbc().queryForList("SELECT code_hash FROM invite", String.class))
                    .containsExactly(vn.dondoc.scheduler.contact.InviteCodes.hash("abcDEF123_-xyz09"));
        }
    }

    @Test
    void aFullDiskDuringAnImportIsOneCodedFailureAndTheRegisterIsAsItWas() throws Exception {
        Path file = dir.resolve("register.db");
        try (RegisterDatabase db = RegisterDatabase.open(file)) {
            vn.dondoc.scheduler.importing.DocumentImporter importer = new vn.dondoc.scheduler.importing.DocumentImporter(db,
                    java.time.Clock.systemUTC(), new vn.dondoc.scheduler.calendar.OfficeCalendar(java.util.List.of()));
            importer.run(new vn.dondoc.scheduler.importing.ImportRequest(Path.of("../examples/152-QD-UBND-2024-phu-luc-01.tsv"),
                    "152/QĐ-UBND", java.time.LocalDate.of(2024, 1, 18), null, false));
            // SQLite's own "database or disk is full" (SQLITE_FULL), as a full disk gives it: the file may not grow.
            int pages = db.jdbc().queryForObject("PRAGMA page_count", Integer.class);
            db.jdbc().queryForObject("PRAGMA max_page_count = " + (pages + 2), Integer.class);
            Path big = vn.dondoc.scheduler.importing.StreamedXlsx.write(dir.resolve("lon.xlsx"), 5_000, 200);

            assertThatThrownBy(() -> importer.run(new vn.dondoc.scheduler.importing.ImportRequest(big, "9/KH",
                    java.time.LocalDate.of(2024, 1, 18), null, false)))
                    .isInstanceOf(RegisterUnavailableException.class)
                    .satisfies(e -> assertThat(((RegisterUnavailableException) e).code()).isEqualTo(RegisterError.DISK_FULL));
            assertThat(db.jdbc().queryForObject("SELECT count(*) FROM task", Integer.class)).isEqualTo(178);
        }
    }

    @Test
    void aReadOnlySharedMemoryFileLeftByAReadOnlyRunIsMadeWritableAgainWithTheRegister() throws Exception {
        Path file = dir.resolve("register.db");
        RegisterDatabase.open(file).close();
        Path shm = dir.resolve("register.db-shm");
        Files.deleteIfExists(shm);
        Files.write(shm, new byte[32_768]);
        Files.setPosixFilePermissions(shm, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));

        try (RegisterDatabase db = RegisterDatabase.open(file)) {
            db.inTransaction(() -> db.jdbc().update("INSERT INTO agency (name, name_key, created_at) VALUES ('Sở Y tế', 'so y te', 'x')"));

            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(shm)))
                    .isEqualTo(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }
}
