package vn.dondoc.bot.command;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import vn.dondoc.scheduler.register.RegisterDatabase;

/**
 * Another process writing the register (as a large import does): its own connection to the file holds the
 * write lock for {@code duration}, then commits. On PostgreSQL, where writers of different rows never wait for each
 * other, the register's write lock is the EXCLUSIVE lock on its tables (others may read, not write), so a write
 * waits for it as a SQLite write waits for the file's (up to the busy timeout, PostgreSQL's lock_timeout).
 */
public final class RegisterWriter implements AutoCloseable {

    private final Thread thread;

    private RegisterWriter(Path file, Duration duration) throws InterruptedException {
        CountDownLatch locked = new CountDownLatch(1);
        thread = new Thread(() -> {
            try (RegisterDatabase other = vn.dondoc.scheduler.testing.TestRegisters.open(file)) {
                other.inTransaction(() -> {
                    other.jdbc().update("UPDATE agency SET created_at = created_at WHERE id = 1");
                    if (other.postgres()) {
                        other.jdbc().execute("LOCK TABLE " + String.join(", ", other.jdbc().queryForList(
                                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                                        + " AND tablename <> 'flyway_schema_history' AND tablename NOT LIKE 'qrtz%'",
                                String.class)) + " IN EXCLUSIVE MODE");
                    }
                    locked.countDown();
                    try {
                        Thread.sleep(duration.toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
        }, "another-process-writing");
        thread.start();
        if (!locked.await(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the writer did not get the register");
        }
    }

    /** Returns once the writer holds the register's write lock. */
    public static RegisterWriter holding(Path file, Duration duration) throws InterruptedException {
        return new RegisterWriter(file, duration);
    }

    @Override
    public void close() throws InterruptedException {
        thread.join(60_000);
    }
}
