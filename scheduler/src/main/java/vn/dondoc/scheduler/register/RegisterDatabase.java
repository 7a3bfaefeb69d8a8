package vn.dondoc.scheduler.register;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dondoc.scheduler.error.ErrorCode;

/**
 * The register's SQLite file, migrated to the current schema on open.
 * One pooled connection: SQLite has one writer at a time anyway, and a single connection
 * never meets SQLITE_BUSY from itself. Used the same way by the command line and by {@code run}.
 */
public final class RegisterDatabase implements AutoCloseable {

    private final Path file;
    private volatile Connection connection;

    private RegisterDatabase(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating if needed) the register at {@code file} and applies pending migrations. */
    public static RegisterDatabase open(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return new RegisterDatabase(absolute, connect(absolute));
    }

    /**
     * The register at {@code file}, opened (and created) on first use, not before: every command can be
     * given the register, and one that ends up not needing it (a refusal, {@code deadline}) leaves no file.
     */
    public static RegisterDatabase onFirstUse(Path file) {
        return new RegisterDatabase(file.toAbsolutePath().normalize(), null);
    }

    private Connection connection() {
        Connection opened = connection;
        if (opened == null) {
            synchronized (this) {
                opened = connection;
                if (opened == null) {
                    opened = connect(file);
                    connection = opened;
                }
            }
        }
        return opened;
    }

    private static Connection connect(Path absolute) {
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
        } catch (java.io.IOException e) {
            throw new RegisterUnavailableException(RegisterError.DIRECTORY, e, absolute, e.getMessage());
        }
        HikariConfig config = new HikariConfig();
        // WAL lets readers go on while one writer writes; foreign keys are off by default in SQLite.
        config.setJdbcUrl("jdbc:sqlite:" + absolute + "?journal_mode=WAL&busy_timeout=5000&foreign_keys=true");
        config.setMaximumPoolSize(1);
        config.setMinimumIdle(1);
        // A nested getConnection() on a pool of one would wait forever; fail fast instead.
        config.setConnectionTimeout(10_000);
        config.setPoolName("register");
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new RegisterUnavailableException(RegisterError.OPEN, e, absolute, rootMessage(e));
        }
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw new RegisterUnavailableException(RegisterError.MIGRATE, e, absolute, rootMessage(e));
        }
        return new Connection(dataSource);
    }

    /**
     * Runs {@code work} while holding the register's lock named {@code name} (see {@link #hold}), so that two
     * processes — {@code dondoc run} and a {@code remind} typed by hand — never send the same reminders at
     * once. Throws {@link RegisterBusyException} with the code {@code busy} at once when someone else holds it.
     */
    public <T> T exclusively(String name, ErrorCode busy, Supplier<T> work) {
        try (Held held = hold(name, busy)) {
            return work.get();
        }
    }

    /**
     * Takes the register's lock named {@code name} until the returned handle is closed: a file next to the
     * register's real file (links resolved, so two paths to one register share one lock). The operating
     * system drops the lock when the holder dies, even by kill -9. Throws {@link RegisterBusyException} with
     * the code {@code busy} at once when someone else holds it.
     */
    public Held hold(String name, ErrorCode busy, Object... busyArgs) {
        Path real = realFile();
        Path lockFile = real.resolveSibling(real.getFileName() + "." + name + ".lock");
        java.nio.channels.FileChannel channel;
        try {
            channel = java.nio.channels.FileChannel.open(lockFile, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.WRITE);
        } catch (java.io.IOException e) {
            throw new RegisterUnavailableException(RegisterError.LOCK, e, lockFile, e.getMessage());
        }
        java.nio.channels.FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            lock = null;
        } catch (java.io.IOException e) {
            closeQuietly(channel);
            throw new RegisterUnavailableException(RegisterError.LOCK, e, lockFile, e.getMessage());
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new RegisterBusyException(busy, busyArgs);
        }
        return () -> closeQuietly(channel); // closing the channel releases its lock
    }

    /** A lock taken by {@link #hold}; closing it lets go. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /** The register's file with every link resolved (its folder's, when the file is not there yet). */
    private Path realFile() {
        try {
            if (Files.exists(file)) {
                return file.toRealPath();
            }
            Path parent = file.getParent();
            return parent != null && Files.exists(parent) ? parent.toRealPath().resolve(file.getFileName()) : file;
        } catch (java.io.IOException e) {
            return file;
        }
    }

    private static void closeQuietly(java.nio.channels.FileChannel channel) {
        try {
            channel.close();
        } catch (java.io.IOException e) {
            // Closing a lock file: nothing to do about it.
        }
    }

    public DataSource dataSource() {
        return connection().dataSource();
    }

    public JdbcTemplate jdbc() {
        return connection().jdbc();
    }

    /** Runs {@code work} in one transaction: all of it is written, or none. */
    public <T> T inTransaction(Supplier<T> work) {
        return connection().transactions().execute(status -> work.get());
    }

    public void inTransaction(Runnable work) {
        connection().transactions().executeWithoutResult(status -> work.run());
    }

    /** Runs {@code work} in a transaction that is always rolled back: a dry run sees its own writes, then nothing stays. */
    public <T> T inRolledBackTransaction(Supplier<T> work) {
        return connection().transactions().execute(status -> {
            status.setRollbackOnly();
            return work.get();
        });
    }

    /** Whether the register's file is there (a command that only reads refuses a register that is not). */
    public boolean exists() {
        return connection != null || Files.exists(file);
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            connection.dataSource().close();
        }
    }

    private record Connection(HikariDataSource dataSource, JdbcTemplate jdbc, TransactionTemplate transactions) {

        Connection(HikariDataSource dataSource) {
            this(dataSource, new JdbcTemplate(dataSource), new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
