package vn.dondoc.scheduler.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.scheduler.register.RegisterBusyException;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.testing.TestPostgres;

/** One run per SQLite file; any number on a PostgreSQL register, where only receiving is one node's. */
class RunLockTests {

    @TempDir
    Path dir;

    @Test
    void aSecondRunOnASqliteRegisterIsRefusedUntilTheFirstEnds() {
        Path file = dir.resolve("dondoc.db");
        try (RegisterDatabase one = RegisterDatabase.open(file); RegisterDatabase other = RegisterDatabase.open(file)) {
            RunLock first = new RunLock(one);
            assertThat(first.shared()).isFalse();
            try (RegisterDatabase.Held held = first.acquire()) {
                assertThatThrownBy(() -> new RunLock(other).acquire()).isInstanceOfSatisfying(RegisterBusyException.class,
                        e -> assertThat(e.code()).isEqualTo(vn.dondoc.scheduler.register.RegisterError.RUNNING));
            }
            new RunLock(other).acquire().close();
        }
    }

    @Test
    void runsShareAPostgresqlRegisterAndOnlyOneOfThemReceives() {
        RegisterDatabase.PostgresServer server = TestPostgres.server().freshDatabase();
        try (RegisterDatabase one = RegisterDatabase.open(server); RegisterDatabase other = RegisterDatabase.open(server)) {
            RunLock first = new RunLock(one);
            RunLock second = new RunLock(other);
            assertThat(first.shared()).isTrue();
            try (RegisterDatabase.Held a = first.acquire(); RegisterDatabase.Held b = second.acquire();
                 RegisterDatabase.Lease receiving = first.tryReceiving()) {
                assertThat(receiving).isNotNull();
                assertThat(second.tryReceiving()).isNull();
            }
        }
    }
}
