package vn.dondoc.scheduler.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.scheduler.testing.TestRegisters;

/**
 * Two processes on one register (two {@code run}s on one PostgreSQL database, or a {@code run} and a command on one
 * SQLite file) each have their own connection. A use case reads, checks and writes; run by both at once, neither may
 * lose the other's write.
 */
class RegisterWritersTests {

    @TempDir
    Path dir;

    @Test
    void twoConnectionsReadingCheckingAndWritingAtOnceNeverLoseAWrite() throws Exception {
        Path register = dir.resolve("register.db");
        RegisterDatabase a = TestRegisters.open(register);
        RegisterDatabase b = TestRegisters.open(register);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            a.inTransaction(() -> a.jdbc().update(
                    "INSERT INTO agency (name, name_key, short_name, created_at) VALUES ('Sở Y tế', 'so y te', '0', 'now')"));
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (RegisterDatabase node : List.of(a, b)) {
                done.add(threads.submit(() -> {
                    start.await();
                    for (int i = 0; i < 5; i++) {
                        node.inTransaction(() -> {
                            int seen = Integer.parseInt(node.jdbc().queryForObject(
                                    "SELECT short_name FROM agency WHERE name_key = 'so y te'", String.class));
                            sleep(); // the other node reads now, unless it must wait for this one
                            node.jdbc().update("UPDATE agency SET short_name = ? WHERE name_key = 'so y te'",
                                    String.valueOf(seen + 1));
                        });
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }

            assertThat(b.jdbc().queryForObject("SELECT short_name FROM agency WHERE name_key = 'so y te'", String.class))
                    .isEqualTo("10");
        } finally {
            threads.shutdownNow();
            a.close();
            b.close();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(40);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
