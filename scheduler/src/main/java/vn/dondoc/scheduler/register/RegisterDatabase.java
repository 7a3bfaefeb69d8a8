package vn.dondoc.scheduler.register;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dondoc.scheduler.error.ErrorCode;

/**
 * The register: a SQLite file (the default), or a database on a PostgreSQL server (DONDOC_DB=jdbc:postgresql://…),
 * migrated to the current schema on open: the migrations in {@code db/migration} on both, plus those of the
 * dialect's own folder ({@code db/sqlite} or {@code db/postgresql}: only what the two write differently).
 * One pooled connection: SQLite has one writer at a time anyway, and a single connection never meets SQLITE_BUSY
 * from itself; on PostgreSQL it keeps one process's work in the same order as on SQLite. Used the same way by the
 * command line and by {@code run}.
 */
public final class RegisterDatabase implements AutoCloseable {

    /** How long tests and tools that open a register by hand wait for another writer (application.yml says 30 s too). */
    private static final Duration BUSY_TIMEOUT = Duration.ofSeconds(30);

    private final Path file;
    private final PostgresServer server;
    private final Duration busyTimeout;
    private volatile Connection connection;

    private RegisterDatabase(Path file, Duration busyTimeout, Connection connection) {
        this.file = file;
        this.server = null;
        this.busyTimeout = busyTimeout;
        this.connection = connection;
    }

    private RegisterDatabase(PostgresServer server, Duration busyTimeout, Connection connection) {
        this.file = null;
        this.server = server;
        this.busyTimeout = busyTimeout;
        this.connection = connection;
    }

    /** A database on a PostgreSQL server: its JDBC URL, and the user and password (blank: none given, or in the URL). */
    public record PostgresServer(String url, String user, String password) {

        /** The URL as shown to a person: without a password written into it. */
        @Override
        public String toString() {
            return url.replaceAll("(?i)(password=)[^&]*", "$1***");
        }

        java.util.Properties credentials() {
            java.util.Properties properties = new java.util.Properties();
            if (user != null && !user.isBlank()) {
                properties.setProperty("user", user);
            }
            if (password != null && !password.isEmpty()) {
                properties.setProperty("password", password);
            }
            return properties;
        }
    }

    /** The register DONDOC_DB names, opened on first use (see {@link #onFirstUse(Path, Duration)}). */
    public static RegisterDatabase onFirstUse(RegisterSettings settings) {
        return settings.postgres()
                ? new RegisterDatabase(settings.server(), settings.busyTimeout(), null)
                : onFirstUse(settings.path(), settings.busyTimeout());
    }

    /** Opens the register in the (empty or dondoc's) PostgreSQL database and applies pending migrations. */
    public static RegisterDatabase open(PostgresServer server) {
        return open(server, BUSY_TIMEOUT);
    }

    /** As {@link #open(PostgresServer)}; a write waits up to {@code busyTimeout} for a row another process writes. */
    public static RegisterDatabase open(PostgresServer server, Duration busyTimeout) {
        return new RegisterDatabase(server, busyTimeout, connect(server, busyTimeout));
    }

    /** Opens (creating if needed) the register at {@code file} and applies pending migrations. */
    public static RegisterDatabase open(Path file) {
        return open(file, BUSY_TIMEOUT);
    }

    public static RegisterDatabase open(Path file, Duration busyTimeout) {
        Path absolute = file.toAbsolutePath().normalize();
        return new RegisterDatabase(absolute, busyTimeout, connect(absolute, busyTimeout));
    }

    /**
     * The register at {@code file}, opened (and created) on first use, not before: every command can be
     * given the register, and one that ends up not needing it (a refusal, {@code deadline}) leaves no file.
     * A write waits up to {@code busyTimeout} for another process's write before it is refused as busy.
     */
    public static RegisterDatabase onFirstUse(Path file, Duration busyTimeout) {
        return new RegisterDatabase(file.toAbsolutePath().normalize(), busyTimeout, null);
    }

    public static RegisterDatabase onFirstUse(Path file) {
        return onFirstUse(file, BUSY_TIMEOUT);
    }

    private Connection connection() {
        Connection opened = connection;
        if (opened == null) {
            synchronized (this) {
                opened = connection;
                if (opened == null) {
                    opened = server != null ? connect(server, busyTimeout) : connect(file, busyTimeout);
                    connection = opened;
                }
            }
        }
        return opened;
    }

    private static Connection connect(Path absolute, Duration busyTimeout) {
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
        } catch (java.io.IOException e) {
            throw new RegisterUnavailableException(RegisterError.DIRECTORY, e, absolute, e.getMessage());
        }
        SqliteNative.load(absolute);
        fixSharedMemoryPermissions(absolute);
        HikariConfig config = new HikariConfig();
        // WAL lets readers go on while one writer writes; foreign keys are off by default in SQLite. Another
        // process's write (an import, a pass) is waited for up to the busy timeout; transactions take the write
        // lock when they begin (IMMEDIATE), where that wait applies, not half-way through, where it may not.
        // synchronous stays FULL (SQLite's default), not WAL's cheaper NORMAL, on purpose. NORMAL skips the fsync
        // at each commit: nothing is lost when the process dies (kill -9, OOM), but after a power cut or an OS
        // crash the last commits roll back, and this one connection also carries what people do through the bot
        // and the console (a task marked done, an extension granted, the history), not only reminder bookkeeping.
        // FULL is also fast enough: a reminder pass records each outcome in its own transaction, about 4-8 ms on a
        // loaded two-core machine (1.3 ms with NORMAL), so its one recording thread keeps up with 100+ messages a
        // second, four times Telegram's 30.
        config.setJdbcUrl("jdbc:sqlite:" + absolute + "?journal_mode=WAL&busy_timeout=" + busyTimeout.toMillis()
                + "&foreign_keys=true&transaction_mode=IMMEDIATE");
        config.setMaximumPoolSize(1);
        config.setMinimumIdle(1);
        // A nested getConnection() on a pool of one would wait forever; fail fast instead.
        config.setConnectionTimeout(10_000);
        config.setPoolName("register");
        return migrated(config, "sqlite", absolute, null);
    }

    private static Connection connect(PostgresServer server, Duration busyTimeout) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.url());
        config.setDataSourceProperties(server.credentials());
        // SQLite's busy timeout, the PostgreSQL way: a write that waits longer for a row another process is
        // writing gives up (SQLState 55P03), said as the register being busy, with nothing written.
        config.setConnectionInitSql("SET lock_timeout = " + Math.max(1, busyTimeout.toMillis()));
        config.setMaximumPoolSize(1);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(10_000);
        config.setPoolName("register");
        // Flyway on PostgreSQL holds its lock on one connection while it migrates on another: it gets its own.
        return migrated(config, "postgresql", server, new org.springframework.jdbc.datasource.SimpleDriverDataSource(
                new org.postgresql.Driver(), server.url(), server.credentials()));
    }

    /** The pool {@code config} describes, with the migrations common to both dialects and {@code dialect}'s own applied. */
    private static Connection migrated(HikariConfig config, String dialect, Object where, DataSource forFlyway) {
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new RegisterUnavailableException(RegisterError.OPEN, e, where, rootMessage(e));
        }
        try {
            // Flyway scans a location with its sub-folders, so the dialects' folders sit next to db/migration.
            Flyway.configure()
                    .dataSource(forFlyway != null ? forFlyway : dataSource)
                    .locations("classpath:db/migration", "classpath:db/" + dialect)
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            RuntimeException busy = translated(e, where);
            if (busy != e) {
                throw busy;
            }
            throw new RegisterUnavailableException(RegisterError.MIGRATE, e, where, rootMessage(e));
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
        if (server != null) {
            return holdOnServer(name, busy, busyArgs);
        }
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

    /**
     * On PostgreSQL the lock is a session advisory lock on a connection of its own, outside the pool: every node
     * on the database sees it, and the server lets go when the holder's connection ends, by kill -9 too.
     */
    private Held holdOnServer(String name, ErrorCode busy, Object... busyArgs) {
        java.sql.Connection own = lockConnection(name, new java.util.Properties());
        if (!tryAdvisoryLock(own, name)) {
            closeQuietly(own);
            throw new RegisterBusyException(busy, busyArgs);
        }
        // Let go in so many words before closing: the server ends a closed session a moment later, and a pass
        // started right after this one must not find the lock still held.
        return () -> {
            try (java.sql.PreparedStatement release = own.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                release.setLong(1, lockKey(name));
                release.executeQuery().close();
            } catch (java.sql.SQLException e) {
                // The session is ending anyway, and the lock with it.
            } finally {
                closeQuietly(own);
            }
        };
    }

    /** A connection of its own for the lock named {@code name}, outside the pool. */
    private java.sql.Connection lockConnection(String name, java.util.Properties extra) {
        java.util.Properties properties = server.credentials();
        properties.putAll(extra);
        try {
            return java.sql.DriverManager.getConnection(server.url(), properties);
        } catch (java.sql.SQLException e) {
            throw new RegisterUnavailableException(RegisterError.LOCK, e, server + " (" + name + ")", e.getMessage());
        }
    }

    /** Takes the session advisory lock {@code name} on {@code own} if nobody holds it; closes {@code own} on a failure. */
    private boolean tryAdvisoryLock(java.sql.Connection own, String name) {
        try (java.sql.PreparedStatement take = own.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            take.setLong(1, lockKey(name));
            try (java.sql.ResultSet rs = take.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        } catch (java.sql.SQLException e) {
            closeQuietly(own);
            throw new RegisterUnavailableException(RegisterError.LOCK, e, server + " (" + name + ")", e.getMessage());
        }
    }

    /**
     * A lease: the lock named {@code name} held for as long as this process keeps it, by one process among all
     * that share the register (e.g. which node receives Telegram's updates). Null when another holds it; try
     * again later. On PostgreSQL it is a session advisory lock on a connection of its own: the server lets go
     * the moment the holder's connection ends (kill -9 closes its socket), and, through the server's TCP
     * keepalives set on that connection, about 20 s after the holder's machine vanishes without closing
     * anything (idle 5 s, then 3 probes 5 s apart). The holder asks {@link Lease#held()} every few seconds, each
     * answer within 3 s (the connection's socket timeout): a holder cut off from the server knows it within
     * those few seconds plus 3, well before the server frees the lease for another. On a SQLite file only one
     * process may run at a time anyway (the run lock): the lease is always granted and never lost.
     */
    public Lease tryLease(String name) {
        if (server == null) {
            return new Lease() {
                @Override
                public boolean held() {
                    return true;
                }

                @Override
                public void close() {
                    // Nothing taken: the run lock is what keeps a second process away from a SQLite register.
                }
            };
        }
        java.util.Properties timeouts = new java.util.Properties();
        timeouts.setProperty("connectTimeout", "5");
        timeouts.setProperty("socketTimeout", Long.toString(Lease.CHECK_TIMEOUT.toSeconds()));
        java.sql.Connection own = lockConnection(name, timeouts);
        try (java.sql.Statement keepalives = own.createStatement()) {
            // The server's side of the connection: a holder whose machine vanished (no FIN, no RST) is noticed,
            // and its lease freed, after 5 s idle and 3 unanswered probes 5 s apart; unacknowledged data is
            // given up on after 20 s (tcp_user_timeout). Ignored on a Unix socket, where nothing can vanish.
            keepalives.execute("SET tcp_keepalives_idle = 5");
            keepalives.execute("SET tcp_keepalives_interval = 5");
            keepalives.execute("SET tcp_keepalives_count = 3");
            keepalives.execute("SET tcp_user_timeout = 20000");
        } catch (java.sql.SQLException e) {
            closeQuietly(own);
            throw new RegisterUnavailableException(RegisterError.LOCK, e, server + " (" + name + ")", e.getMessage());
        }
        if (!tryAdvisoryLock(own, name)) {
            closeQuietly(own);
            return null;
        }
        return new Lease() {
            @Override
            public boolean held() {
                // The lock is the session's: while the session answers, and still has it, it is ours.
                try (java.sql.PreparedStatement still = own.prepareStatement(
                        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted");
                     java.sql.ResultSet rs = still.executeQuery()) {
                    return rs.next() && rs.getInt(1) > 0;
                } catch (java.sql.SQLException e) {
                    return false;
                }
            }

            @Override
            public void close() {
                // Let go in so many words first, so that another node need not wait for the session to end.
                try (java.sql.PreparedStatement release = own.prepareStatement("SELECT pg_advisory_unlock_all()")) {
                    release.executeQuery().close();
                } catch (java.sql.SQLException e) {
                    // Lost already, or ending: the session's end frees it either way.
                } finally {
                    closeQuietly(own);
                }
            }
        };
    }

    /** A lock kept by one process among all that share the register, until closed or lost (see {@link #tryLease}). */
    public interface Lease extends Held {

        /** The longest {@link #held()} takes to answer (the lease connection's socket timeout). */
        Duration CHECK_TIMEOUT = Duration.ofSeconds(3);

        /** Whether this process still holds it: false once its connection to the server is lost. Takes up to 3 s. */
        boolean held();
    }

    /** The transaction-level advisory lock every register transaction takes on PostgreSQL ({@link #oneWriterAtATime}). */
    private static final long WRITER = lockKey("register-writer");

    /** The advisory lock's number for {@code name}: the first 8 bytes of a SHA-256, the same on every node. */
    static long lockKey(String name) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(("dondoc." + name).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.nio.ByteBuffer.wrap(digest).getLong();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void closeQuietly(java.sql.Connection connection) {
        try {
            connection.close();
        } catch (java.sql.SQLException e) {
            // Closing the lock's own connection: the server ends the session (and the lock) either way.
        }
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

    /**
     * Runs {@code work} in one transaction: all of it is written, or none. Another process writing for
     * longer than the busy timeout makes it a {@link RegisterBusyException} (WRITING), with nothing written.
     */
    public <T> T inTransaction(Supplier<T> work) {
        try {
            return connection().transactions().execute(status -> {
                oneWriterAtATime();
                return work.get();
            });
        } catch (RuntimeException e) {
            throw translated(e, where());
        }
    }

    /**
     * SQLite lets one transaction write the register at a time (they begin IMMEDIATE), and every use case's rule
     * ("a pending extension is decided once", "a milestone is done once") is written for that: read, check, write.
     * Several {@code run}s on one PostgreSQL database each have their own connection, and under READ COMMITTED two
     * such transactions could both pass the check. So on PostgreSQL a transaction first takes the register's
     * transaction-level advisory lock: the same one writer at a time, on every node, freed at commit or rollback.
     * It waits at most the busy timeout (lock_timeout), then is refused as busy, as on SQLite.
     */
    private void oneWriterAtATime() {
        if (server != null) {
            jdbc().query("SELECT pg_advisory_xact_lock(?)", (org.springframework.jdbc.core.RowCallbackHandler) rs -> { }, WRITER);
        }
    }

    public void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** Runs {@code work} in a transaction that is always rolled back: a dry run sees its own writes, then nothing stays. */
    public <T> T inRolledBackTransaction(Supplier<T> work) {
        Map<String, Identity> before = postgres() ? identities() : Map.of();
        try {
            return connection().transactions().execute(status -> {
                status.setRollbackOnly();
                oneWriterAtATime();
                return work.get();
            });
        } catch (RuntimeException e) {
            throw translated(e, where());
        } finally {
            if (postgres()) {
                giveBackIds(before);
            }
        }
    }

    /** An identity column's sequence on PostgreSQL and the last number it gave. */
    private record Identity(String table, String column, String sequence, Long last) {
    }

    private Map<String, Identity> identities() {
        Map<String, Identity> found = new java.util.LinkedHashMap<>();
        jdbc().query("SELECT c.relname, a.attname, s.seq, q.last_value FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid"
                + " CROSS JOIN LATERAL (SELECT pg_get_serial_sequence(quote_ident(c.relname), a.attname) AS seq) s"
                + " JOIN pg_sequences q ON quote_ident(q.schemaname) || '.' || quote_ident(q.sequencename) = s.seq"
                + " WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' AND a.attidentity <> ''"
                + " ORDER BY c.relname", rs -> {
            long last = rs.getLong(4);
            found.put(rs.getString(3), new Identity(rs.getString(1), rs.getString(2), rs.getString(3), rs.wasNull() ? null : last));
        });
        return found;
    }

    /**
     * PostgreSQL does not roll sequences back: a dry run's inserts (an import's preview) would use up ids, and task
     * numbers, which people type ("/xong 12"), would jump by a whole register at each preview. SQLite gives the next
     * id after the largest row, so nothing is lost there. Each sequence the dry run moved is set back to its largest
     * row (or where it was, if higher), under a lock that holds off inserts, so no number another writer holds is
     * given again. The lock is taken only if free at once (NOWAIT): waiting for a writer under way would queue the
     * bot's writes behind it. When it is not free, the ids stay used up: no harm beyond the gap.
     */
    private void giveBackIds(Map<String, Identity> before) {
        try {
            List<Identity> moved = identities().values().stream()
                    .filter(now -> before.containsKey(now.sequence()) && !java.util.Objects.equals(before.get(now.sequence()).last(), now.last()))
                    .toList();
            if (moved.isEmpty()) {
                return;
            }
            connection().transactions().executeWithoutResult(status -> {
                jdbc().execute("LOCK TABLE " + String.join(", ", moved.stream().map(m -> quoted(m.table())).toList())
                        + " IN SHARE ROW EXCLUSIVE MODE NOWAIT");
                for (Identity m : moved) {
                    Long largest = jdbc().queryForObject("SELECT max(" + quoted(m.column()) + ") FROM " + quoted(m.table()), Long.class);
                    Long was = before.get(m.sequence()).last();
                    long floor = Math.max(largest == null ? 0 : largest, was == null ? 0 : was);
                    if (floor == 0) {
                        jdbc().queryForObject("SELECT setval(CAST(? AS regclass), 1, false)", Long.class, m.sequence());
                    } else {
                        jdbc().queryForObject("SELECT setval(CAST(? AS regclass), ?, true)", Long.class, m.sequence(), floor);
                    }
                }
            });
        } catch (RuntimeException e) {
            // Busy or gone: the dry run's answer stands; only numbers are skipped.
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /**
     * The failure as said to a person when SQLite answered SQLITE_BUSY (another process writes), SQLITE_FULL
     * (the disk is full: the transaction was rolled back, or its rollback failed because nothing was written),
     * or SQLITE_READONLY; else as it is. The original failure is looked at too when a failed rollback hides it.
     */
    private static RuntimeException translated(RuntimeException e, Object file) {
        Throwable original = e instanceof org.springframework.transaction.TransactionSystemException t
                && t.getApplicationException() != null ? t.getApplicationException() : e;
        for (Throwable start : new Throwable[] {original, e}) {
            for (Throwable t = start; t != null && t.getCause() != t; t = t.getCause()) {
                if (t instanceof RegisterUnavailableException coded) {
                    return coded;
                }
                if (isBusy(t)) {
                    return new RegisterBusyException(RegisterError.WRITING);
                }
                String message = String.valueOf(t.getMessage());
                if (message.contains("SQLITE_FULL") || message.contains("disk is full") || message.contains("No space left")) {
                    return new RegisterUnavailableException(RegisterError.DISK_FULL, original, file);
                }
                if (message.contains("SQLITE_READONLY") || message.contains("readonly database")) {
                    return new RegisterUnavailableException(RegisterError.READ_ONLY, original, file);
                }
            }
        }
        return e;
    }

    /**
     * SQLite gives the -shm and -wal files the register's permissions when it creates them: a run on a
     * read-only register leaves a read-only -shm that keeps the register read-only after chmod. A register
     * that can be written gets its -shm and -wal writable again.
     */
    private static void fixSharedMemoryPermissions(Path register) {
        if (!Files.isRegularFile(register) || !Files.isWritable(register)) {
            return;
        }
        for (String suffix : new String[] {"-shm", "-wal"}) {
            Path companion = register.resolveSibling(register.getFileName() + suffix);
            try {
                if (Files.isRegularFile(companion)) {
                    java.util.Set<java.nio.file.attribute.PosixFilePermission> wanted = Files.getPosixFilePermissions(register);
                    if (!Files.getPosixFilePermissions(companion).containsAll(wanted)) {
                        Files.setPosixFilePermissions(companion, wanted);
                    }
                }
            } catch (IOException | UnsupportedOperationException e) {
                // Not ours to change (another owner) or not a POSIX file system: SQLite says what it finds.
            }
        }
    }

    static boolean isBusy(Throwable t) {
        return t instanceof java.sql.SQLException e && ("55P03".equals(e.getSQLState()) || e.getMessage() != null
                && (e.getMessage().contains("SQLITE_BUSY") || e.getMessage().contains("database is locked")));
    }

    /**
     * Whether the register's file is there (a command that only reads refuses a register that is not). A database
     * on a server is taken as there: whether it can be reached is said when it is opened.
     */
    public boolean exists() {
        if (connection != null) {
            return true;
        }
        return server != null ? holdsRegister(server) : Files.exists(file);
    }

    /**
     * Whether the database holds a register already, asked without migrating it: on PostgreSQL the database itself
     * always exists, and a reading command pointed at the wrong one (say {@code postgres}) must say there is no
     * register there, as it does for a missing SQLite file, not create dondoc's tables in it.
     */
    private static boolean holdsRegister(PostgresServer server) {
        try (java.sql.Connection plain = new org.postgresql.Driver().connect(server.url(), server.credentials());
             java.sql.Statement statement = plain.createStatement();
             java.sql.ResultSet found = statement.executeQuery("SELECT to_regclass('task') IS NOT NULL")) {
            return found.next() && found.getBoolean(1);
        } catch (java.sql.SQLException e) {
            throw new RegisterUnavailableException(RegisterError.OPEN, e, server, rootMessage(e));
        }
    }

    /** The SQLite file; null for a register on a PostgreSQL server (see {@link #where()}). */
    public Path file() {
        return file;
    }

    /** Where the register is, as said to a person: the SQLite file, or the server's URL without a password. */
    public Object where() {
        return server != null ? server : file;
    }

    /** Whether the register is on a PostgreSQL server, where a few statements are written another way. */
    public boolean postgres() {
        return server != null;
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            connection.pool().close();
        }
    }

    private record Connection(HikariDataSource pool, DataSource dataSource, JdbcTemplate jdbc, TransactionTemplate transactions) {

        Connection(HikariDataSource pool) {
            this(pool, new BeginsCleanly(pool));
        }

        private Connection(HikariDataSource pool, DataSource dataSource) {
            this(pool, dataSource, busyAware(new JdbcTemplate(dataSource)),
                    new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        }

        /** A write outside a transaction that meets SQLITE_BUSY says so as the register's code (found as its cause). */
        private static JdbcTemplate busyAware(JdbcTemplate jdbc) {
            org.springframework.jdbc.support.SQLExceptionTranslator plain = jdbc.getExceptionTranslator();
            jdbc.setExceptionTranslator((task, sql, ex) -> isBusy(ex)
                    ? new org.springframework.dao.TransientDataAccessResourceException(task, new RegisterBusyException(RegisterError.WRITING))
                    : plain.translate(task, sql, ex));
            return jdbc;
        }
    }

    /**
     * The pool's connection, in autocommit as every transaction expects it. sqlite-jdbc marks a connection as in
     * a transaction before its BEGIN IMMEDIATE runs; when that BEGIN meets SQLITE_BUSY the mark stays, and the
     * next transaction would begin nothing and write statement by statement. Such a connection is put right here.
     */
    private static final class BeginsCleanly extends org.springframework.jdbc.datasource.DelegatingDataSource {

        BeginsCleanly(DataSource pool) {
            super(pool);
        }

        @Override
        public java.sql.Connection getConnection() throws java.sql.SQLException {
            java.sql.Connection connection = super.getConnection();
            if (!connection.getAutoCommit()) {
                try {
                    connection.setAutoCommit(true);
                } catch (java.sql.SQLException noTransactionToCommit) {
                    // Expected: the BEGIN that failed left nothing to commit; the connection is in autocommit again.
                }
            }
            return connection;
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
