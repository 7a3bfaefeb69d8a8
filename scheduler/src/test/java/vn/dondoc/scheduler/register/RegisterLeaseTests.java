package vn.dondoc.scheduler.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.scheduler.testing.TestPostgres;

/** The lease that lets one process among those sharing a register do something alone (receive Telegram's updates). */
class RegisterLeaseTests {

    @TempDir
    Path dir;

    @Test
    void onOnePostgresqlDatabaseOnlyOneOfTwoProcessesHoldsTheLeaseAndTheOtherGetsItOnceLetGo() {
        RegisterDatabase.PostgresServer server = TestPostgres.server().freshDatabase();
        try (RegisterDatabase one = RegisterDatabase.open(server); RegisterDatabase other = RegisterDatabase.open(server)) {
            RegisterDatabase.Lease held = one.tryLease("receiving");
            assertThat(held).isNotNull();
            assertThat(held.held()).isTrue();
            assertThat(other.tryLease("receiving")).as("held by the first").isNull();
            assertThat(one.tryLease("receiving")).as("held even for the same process's second try").isNull();

            held.close();

            RegisterDatabase.Lease taken = other.tryLease("receiving");
            assertThat(taken).as("free at once after a close").isNotNull();
            assertThat(taken.held()).isTrue();
            taken.close();
        }
    }

    @Test
    void aHolderWhoseConnectionEndsKnowsItHasLostTheLeaseAndAnotherTakesItAtOnce() throws Exception {
        RegisterDatabase.PostgresServer server = TestPostgres.server().freshDatabase();
        try (RegisterDatabase one = RegisterDatabase.open(server); RegisterDatabase other = RegisterDatabase.open(server)) {
            RegisterDatabase.Lease held = one.tryLease("receiving");
            assertThat(held).isNotNull();

            // The server ends the holder's session, as when its process is killed or its machine vanishes.
            int ended = other.jdbc().queryForObject("SELECT count(pg_terminate_backend(pid)) FROM pg_locks WHERE locktype = 'advisory'"
                    + " AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())", Integer.class);
            assertThat(ended).isEqualTo(1);

            long checking = System.nanoTime();
            assertThat(held.held()).as("the holder notices").isFalse();
            assertThat((System.nanoTime() - checking) / 1_000_000).as("within the check's 3 s").isLessThan(3_500);
            RegisterDatabase.Lease taken = null;
            long deadline = System.currentTimeMillis() + 2_000;
            while (taken == null && System.currentTimeMillis() < deadline) {
                taken = other.tryLease("receiving");
                Thread.sleep(50);
            }
            assertThat(taken).as("free once the holder's session has ended").isNotNull();
            held.close();
            assertThat(taken.held()).as("closing a lost lease takes nothing from the new holder").isTrue();
            taken.close();
        }
    }

    @Test
    void leasesOfDifferentNamesAndDatabasesDoNotMeet() {
        RegisterDatabase.PostgresServer first = TestPostgres.server().freshDatabase();
        RegisterDatabase.PostgresServer second = TestPostgres.server().freshDatabase();
        try (RegisterDatabase a = RegisterDatabase.open(first); RegisterDatabase b = RegisterDatabase.open(second);
             RegisterDatabase.Lease receiving = a.tryLease("receiving"); RegisterDatabase.Lease elsewhere = b.tryLease("receiving");
             RegisterDatabase.Lease other = a.tryLease("something-else")) {
            assertThat(receiving).isNotNull();
            assertThat(elsewhere).as("another register on the same server").isNotNull();
            assertThat(other).isNotNull();
        }
    }

    @Test
    void onASqliteFileTheLeaseIsAlwaysGrantedTheRunLockKeepsOthersAway() {
        try (RegisterDatabase db = RegisterDatabase.open(dir.resolve("dondoc.db"));
             RegisterDatabase.Lease lease = db.tryLease("receiving")) {
            assertThat(lease).isNotNull();
            assertThat(lease.held()).isTrue();
        }
    }
}
