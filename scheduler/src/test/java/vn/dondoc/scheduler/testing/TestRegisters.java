package vn.dondoc.scheduler.testing;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.register.RegisterDatabase.PostgresServer;

/**
 * The register a test works on: a SQLite file (the default), or, with {@code -Ddondoc.test.db=postgresql} (the
 * second surefire execution), a fresh database on the test PostgreSQL server ({@link TestPostgres}). One path is one
 * register either way: a test that opens the same path again gets the same database, as it would the same file.
 */
public final class TestRegisters {

    /** The system property that chooses the database: {@code sqlite} (or absent) or {@code postgresql}. */
    public static final String PROPERTY = "dondoc.test.db";

    private static final Map<Path, PostgresServer> DATABASES = new ConcurrentHashMap<>();

    private TestRegisters() {
    }

    /** Whether this run's registers are on PostgreSQL. */
    public static boolean postgres() {
        String chosen = System.getProperty(PROPERTY, "sqlite").strip();
        if (!chosen.equals("sqlite") && !chosen.equals("postgresql")) {
            throw new IllegalArgumentException(PROPERTY + " must be sqlite or postgresql, not " + chosen);
        }
        return chosen.equals("postgresql");
    }

    /** The register at {@code file}, opened and migrated. */
    public static RegisterDatabase open(Path file) {
        return postgres() ? RegisterDatabase.open(database(file)) : RegisterDatabase.open(file);
    }

    /** As {@link #open(Path)}; on SQLite a write waits up to {@code busyTimeout} for another process's write. */
    public static RegisterDatabase open(Path file, java.time.Duration busyTimeout) {
        return postgres() ? RegisterDatabase.open(database(file), busyTimeout) : RegisterDatabase.open(file, busyTimeout);
    }

    /**
     * What DONDOC_DB would say for the register at {@code file}: the file, or its database's URL (the test server
     * trusts local connections, so no user or password is needed beyond the one in {@link #user(Path)}).
     */
    public static String location(Path file) {
        return postgres() ? database(file).url() : file.toString();
    }

    /** DONDOC_DB, DONDOC_DB_USER and DONDOC_DB_PASSWORD for a command run on the register at {@code file}. */
    public static Map<String, String> environment(Path file) {
        return Map.of("DONDOC_DB", location(file), "DONDOC_DB_USER", user(file), "DONDOC_DB_PASSWORD", password(file));
    }

    /** DONDOC_DB_USER for {@link #location(Path)} (blank on SQLite). */
    public static String user(Path file) {
        return postgres() ? database(file).user() : "";
    }

    /** DONDOC_DB_PASSWORD for {@link #location(Path)} (blank on SQLite). */
    public static String password(Path file) {
        return postgres() ? database(file).password() : "";
    }

    /**
     * Makes the register at {@code file} a missing one, as a command pointed at the wrong place finds it: on SQLite
     * no file (none is made), on PostgreSQL an empty database (the server's databases always exist).
     */
    public static void missing(Path file) {
        if (postgres()) {
            DATABASES.put(key(file), TestPostgres.server().emptyDatabase());
        }
    }

    /**
     * Makes the register at {@code file} one that cannot be opened: on SQLite a folder where the file should be, on
     * PostgreSQL a database the server does not have.
     */
    public static void unopenable(Path file) throws java.io.IOException {
        if (postgres()) {
            DATABASES.put(key(file), TestPostgres.server().absentDatabase());
        } else {
            java.nio.file.Files.createDirectories(file);
        }
    }

    /** Whether a register was created at {@code file}: the SQLite file, or dondoc's tables in the database. */
    public static boolean created(Path file) {
        if (!postgres()) {
            return java.nio.file.Files.exists(file);
        }
        PostgresServer server = database(file);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(server.url(), server.user(), server.password());
             java.sql.ResultSet found = c.createStatement().executeQuery("SELECT to_regclass('task') IS NOT NULL")) {
            return found.next() && found.getBoolean(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A link to a register's path is the same register, as the file system makes it for SQLite. */
    private static PostgresServer database(Path file) {
        return DATABASES.computeIfAbsent(key(file), f -> TestPostgres.server().freshDatabase());
    }

    private static Path key(Path file) {
        Path path = file.toAbsolutePath().normalize();
        try {
            while (java.nio.file.Files.isSymbolicLink(path)) {
                path = path.resolveSibling(java.nio.file.Files.readSymbolicLink(path)).toAbsolutePath().normalize();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return path;
    }
}
