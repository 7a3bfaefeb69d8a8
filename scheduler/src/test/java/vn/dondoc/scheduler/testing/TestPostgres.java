package vn.dondoc.scheduler.testing;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.register.RegisterDatabase.PostgresServer;

/**
 * A real PostgreSQL server for the tests, one per test JVM. Given through DONDOC_TEST_POSTGRES_URL (a database on it
 * that may CREATE DATABASE, e.g. jdbc:postgresql://localhost:5432/postgres, with DONDOC_TEST_POSTGRES_USER and
 * DONDOC_TEST_POSTGRES_PASSWORD), or else started here from Debian's postgresql package (installed with apt-get when
 * missing): initdb and pg_ctl in a temporary folder, on a free port, as a user other than root (initdb refuses root),
 * with fsync off (a test database need not survive a power cut), and stopped when the JVM ends. Never skipped: a
 * server that cannot be had fails the test and says why.
 *
 * <p>Each {@link #freshDatabase()} is a new database copied from a template migrated once: a few tens of
 * milliseconds instead of a migration per test.
 */
public final class TestPostgres {

    public static final String URL_VARIABLE = "DONDOC_TEST_POSTGRES_URL";

    private static TestPostgres instance;

    private final String url;
    private final Properties credentials;
    private final String prefix = "dondoc_test_" + ProcessHandle.current().pid() + "_";
    private final AtomicInteger databases = new AtomicInteger();
    private final List<String> created = new ArrayList<>();
    private String template;

    private TestPostgres(String url, Properties credentials) {
        this.url = url;
        this.credentials = credentials;
    }

    /** The server: the one given, or one started on first use. */
    public static synchronized TestPostgres server() {
        if (instance == null) {
            String given = System.getenv(URL_VARIABLE);
            instance = given != null && !given.isBlank() ? given(given.strip()) : started();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::dropCreated, "drop test databases"));
        }
        return instance;
    }

    /** A new database holding an empty register, migrated to the current schema. */
    public synchronized PostgresServer freshDatabase() {
        if (template == null) {
            template = prefix + "template";
            execute("CREATE DATABASE " + template);
            created.add(template);
            try (RegisterDatabase db = RegisterDatabase.open(on(template))) {
                db.jdbc().queryForObject("SELECT count(*) FROM task", Integer.class);
            }
        }
        String name = prefix + databases.incrementAndGet();
        execute("CREATE DATABASE " + name + " TEMPLATE " + template);
        created.add(name);
        return on(name);
    }

    /** An empty database, not migrated (the target of copy-register, say). */
    public synchronized PostgresServer emptyDatabase() {
        String name = prefix + "empty_" + databases.incrementAndGet();
        execute("CREATE DATABASE " + name);
        created.add(name);
        return on(name);
    }

    /** A database on the server that does not exist: a register that cannot be opened. */
    public synchronized PostgresServer absentDatabase() {
        return on(prefix + "absent_" + databases.incrementAndGet());
    }

    private PostgresServer on(String database) {
        String base = url.substring(0, url.lastIndexOf('/') + 1);
        String query = url.contains("?") ? url.substring(url.indexOf('?')) : "";
        return new PostgresServer(base + database + query, credentials.getProperty("user", ""),
                credentials.getProperty("password", ""));
    }

    private void execute(String sql) {
        try (Connection admin = DriverManager.getConnection(url, credentials); Statement statement = admin.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + " refused " + sql + ": " + e.getMessage(), e);
        }
    }

    /** Best effort at the end: a server given from outside keeps none of this run's databases. */
    private synchronized void dropCreated() {
        for (int i = created.size() - 1; i >= 0; i--) {
            try {
                execute("DROP DATABASE IF EXISTS " + created.get(i) + " WITH (FORCE)");
            } catch (RuntimeException e) {
                // The server may be stopping already (ours is stopped by its own hook): nothing to keep.
            }
        }
    }

    private static TestPostgres given(String url) {
        Properties credentials = new Properties();
        String user = System.getenv("DONDOC_TEST_POSTGRES_USER");
        String password = System.getenv("DONDOC_TEST_POSTGRES_PASSWORD");
        if (user != null && !user.isBlank()) {
            credentials.setProperty("user", user);
        }
        if (password != null && !password.isEmpty()) {
            credentials.setProperty("password", password);
        }
        return new TestPostgres(url, credentials);
    }

    /** initdb and pg_ctl start in a temporary folder, as a user that is not root. */
    private static TestPostgres started() {
        Path bin = binaries();
        List<String> log = new ArrayList<>();
        try {
            Path dir = Files.createTempDirectory("dondoc-postgres");
            Path data = dir.resolve("data");
            String[] as = asOtherUser(dir, log);
            if (!DebianPackages.run(log, command(as, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "dondoc",
                    "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync"))) {
                fail("initdb failed:\n" + String.join("\n", log));
            }
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            String options = "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
                    + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=300";
            if (!DebianPackages.run(log, command(as, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-o", options,
                    "-l", dir.resolve("server.log").toString(), "-w", "-t", "60", "start"))) {
                fail("PostgreSQL did not start:\n" + String.join("\n", log) + "\n" + tail(dir.resolve("server.log")));
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                DebianPackages.run(new ArrayList<>(), command(as, bin.resolve("pg_ctl").toString(), "-D", data.toString(),
                        "-m", "immediate", "-w", "stop"));
                deleteQuietly(dir);
            }, "stop test PostgreSQL"));
            Properties credentials = new Properties();
            credentials.setProperty("user", "dondoc");
            return new TestPostgres("jdbc:postgresql://127.0.0.1:" + port + "/postgres", credentials);
        } catch (IOException e) {
            return fail("Cannot start a PostgreSQL server for the tests: " + e + "\n" + String.join("\n", log), e);
        }
    }

    /** Debian's server binaries (/usr/lib/postgresql/N/bin, the highest N), installing the package when missing. */
    private static Path binaries() {
        return installed().orElseGet(() -> {
            DebianPackages.ensure("postgresql");
            return installed().orElseGet(() -> fail("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb)"
                    + " after apt-get install postgresql; or give a server in " + URL_VARIABLE));
        });
    }

    private static java.util.Optional<Path> installed() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return java.util.Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.filter(v -> v.getFileName().toString().matches("\\d+"))
                    .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())))
                    .map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")));
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * The prefix that runs a command as another user when the tests run as root (CI does): nobody, or a system
     * user made for it where there is no nobody. The folder is given to that user.
     */
    private static String[] asOtherUser(Path dir, List<String> log) {
        if (!"root".equals(System.getProperty("user.name"))) {
            return new String[0];
        }
        String user = "nobody";
        if (!DebianPackages.run(log, "id", "-u", user)) {
            user = "dondoc-pg";
            if (!DebianPackages.run(log, "id", "-u", user)) {
                DebianPackages.run(log, "useradd", "--system", "--no-create-home", user);
            }
        }
        if (!DebianPackages.run(log, "chown", "-R", user, dir.toString())) {
            fail("Cannot give " + dir + " to " + user + ":\n" + String.join("\n", log));
        }
        return new String[] {"runuser", "-u", user, "--"};
    }

    private static String[] command(String[] prefix, String... command) {
        String[] all = new String[prefix.length + command.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(command, 0, all, prefix.length, command.length);
        return all;
    }

    private static String tail(Path file) {
        try {
            String text = Files.readString(file);
            return text.length() > 3000 ? text.substring(text.length() - 3000) : text;
        } catch (IOException e) {
            return "";
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder: the system clears it eventually.
        }
    }
}
