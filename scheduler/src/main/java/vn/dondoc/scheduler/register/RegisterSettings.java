package vn.dondoc.scheduler.register;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.error.SettingError;

/**
 * Where the register is: DONDOC_DB, a SQLite file, or a PostgreSQL database's JDBC URL (jdbc:postgresql://host:port/db)
 * with DONDOC_DB_USER and DONDOC_DB_PASSWORD; and how long a write waits for another process's write
 * (an import, a pass) before giving up with "the register is busy": DONDOC_BUSY_TIMEOUT. Defaults in
 * application.yml.
 */
@ConfigurationProperties("dondoc")
public record RegisterSettings(String db, String dbUser, String dbPassword, Duration busyTimeout) {

    /** A URL of another kind would otherwise become a folder called "jdbc:mysql:" holding a SQLite file. */
    private static final java.util.regex.Pattern URL = java.util.regex.Pattern.compile("(?i)(jdbc:[a-z0-9]*:.*|[a-z][a-z0-9+.-]*://.*)");

    public RegisterSettings {
        if (db == null || db.isBlank()) {
            throw new DondocException(SettingError.INVALID, "DONDOC_DB", db == null ? "" : db);
        }
        if (URL.matcher(db.strip()).matches() && !db.strip().startsWith("jdbc:postgresql://")) {
            throw new DondocException(SettingError.DATABASE_URL, "DONDOC_DB", db.strip());
        }
        if (busyTimeout == null || busyTimeout.isNegative() || busyTimeout.toMinutes() > 10) {
            throw new DondocException(SettingError.INVALID, "DONDOC_BUSY_TIMEOUT", busyTimeout == null ? "" : busyTimeout);
        }
    }

    /** Whether DONDOC_DB is a PostgreSQL database's URL rather than a SQLite file. */
    public boolean postgres() {
        return db.strip().startsWith("jdbc:postgresql://");
    }

    public RegisterDatabase.PostgresServer server() {
        return new RegisterDatabase.PostgresServer(db.strip(), dbUser == null ? "" : dbUser.strip(),
                dbPassword == null ? "" : dbPassword);
    }

    /** The SQLite file (when not {@link #postgres()}). */
    public Path path() {
        return Path.of(db.strip());
    }
}
