package vn.dondoc.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.schedule.RunLock;
import vn.dondoc.scheduler.testing.TestPostgres;

/** Exactly one node polls on a PostgreSQL register, another takes over when it is gone, and never two at once. */
class ReceiverLeaseTests {

    static final Duration EVERY = Duration.ofMillis(200);
    /** The wait of a new holder before it polls: every + 3 s (the check's timeout) + 1 s. */
    static final Duration GRACE = EVERY.plusSeconds(4);

    @TempDir
    Path dir;

    /** What a node's bot does, as far as the receiver is concerned; counts two pollers at once on the shared register. */
    static final class Node {
        static final AtomicInteger pollingNow = new AtomicInteger();
        static final AtomicBoolean twoAtOnce = new AtomicBoolean();
        final AtomicBoolean polling = new AtomicBoolean();
        final AtomicInteger starts = new AtomicInteger();

        void start() {
            assertThat(polling.compareAndSet(false, true)).as("started twice").isTrue();
            starts.incrementAndGet();
            if (pollingNow.incrementAndGet() > 1) {
                twoAtOnce.set(true);
            }
        }

        void stop() {
            if (polling.compareAndSet(true, false)) {
                pollingNow.decrementAndGet();
            }
        }

        Receiver receiver(RegisterDatabase db) {
            return new Receiver(new RunLock(db), new ReceivingSettings(EVERY), this::start, this::stop);
        }
    }

    @Test
    void oneOfTwoNodesPollsAndTheOtherTakesOverWithinTheRetryIntervalWhenItStops() throws Exception {
        Node.pollingNow.set(0);
        Node.twoAtOnce.set(false);
        RegisterDatabase.PostgresServer server = TestPostgres.server().freshDatabase();
        Node a = new Node();
        Node b = new Node();
        try (RegisterDatabase dbA = RegisterDatabase.open(server); RegisterDatabase dbB = RegisterDatabase.open(server);
             Receiver first = a.receiver(dbA); Receiver second = b.receiver(dbB)) {
            first.begin();
            await(() -> a.polling.get(), GRACE.plusSeconds(2));
            second.begin();
            Thread.sleep(EVERY.toMillis() * 5);
            assertThat(b.polling).as("the other node waits").isFalse();

            long stopping = System.nanoTime();
            first.close();
            await(() -> b.polling.get(), EVERY.plus(GRACE).plusSeconds(1));
            System.out.printf("ReceiverLeaseTests: taken over %d ms after the poller let go%n", (System.nanoTime() - stopping) / 1_000_000);
            assertThat(a.polling).isFalse();
        }
        assertThat(Node.twoAtOnce).as("never two pollers").isFalse();
    }

    @Test
    void aPollerWhoseConnectionIsLostStopsPollingAndTheOtherNodeTakesOver() throws Exception {
        Node.pollingNow.set(0);
        Node.twoAtOnce.set(false);
        RegisterDatabase.PostgresServer server = TestPostgres.server().freshDatabase();
        Node a = new Node();
        Node b = new Node();
        try (RegisterDatabase dbA = RegisterDatabase.open(server); RegisterDatabase dbB = RegisterDatabase.open(server);
             Receiver first = a.receiver(dbA); Receiver second = b.receiver(dbB)) {
            first.begin();
            await(() -> a.polling.get(), GRACE.plusSeconds(2));
            second.begin();
            Thread.sleep(EVERY.toMillis() * 3);

            // The server ends the poller's lease session (a restart, an administrator): the lease is free at once,
            // before the poller has noticed; the other node waits until it surely has.
            long cut = System.nanoTime();
            int ended = dbB.jdbc().queryForObject("SELECT count(pg_terminate_backend(pid)) FROM pg_locks WHERE locktype = 'advisory'"
                    + " AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())", Integer.class);
            assertThat(ended).isEqualTo(1);
            await(() -> !a.polling.get(), EVERY.plusSeconds(4));
            long noticed = (System.nanoTime() - cut) / 1_000_000;
            await(() -> b.polling.get(), EVERY.plus(GRACE).plusSeconds(1));
            System.out.printf("ReceiverLeaseTests: lost lease noticed after %d ms, taken over after %d ms%n", noticed,
                    (System.nanoTime() - cut) / 1_000_000);
        }
        assertThat(Node.twoAtOnce).as("never two pollers").isFalse();
    }

    @Test
    void onASqliteRegisterTheOnlyRunPollsAtOnce() {
        Node node = new Node();
        try (RegisterDatabase db = RegisterDatabase.open(dir.resolve("dondoc.db")); Receiver receiver = node.receiver(db)) {
            receiver.begin();
            assertThat(node.polling).as("at once, no lease to wait for").isTrue();
        }
        assertThat(node.polling).as("stopped with the run").isFalse();
    }

    private static void await(BooleanSupplier condition, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("within %s", within).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
