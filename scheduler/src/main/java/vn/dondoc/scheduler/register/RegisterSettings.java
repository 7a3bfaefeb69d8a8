package vn.dondoc.scheduler.register;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.error.SettingError;

/**
 * Where the register is: DONDOC_DB, a SQLite file; and how long a write waits for another process's write
 * (an import, a pass) before giving up with "the register is busy": DONDOC_BUSY_TIMEOUT. Defaults in
 * application.yml.
 */
@ConfigurationProperties("dondoc")
public record RegisterSettings(String db, Duration busyTimeout) {

    public RegisterSettings {
        if (db == null || db.isBlank()) {
            throw new DondocException(SettingError.INVALID, "DONDOC_DB", db == null ? "" : db);
        }
        if (busyTimeout == null || busyTimeout.isNegative() || busyTimeout.toMinutes() > 10) {
            throw new DondocException(SettingError.INVALID, "DONDOC_BUSY_TIMEOUT", busyTimeout == null ? "" : busyTimeout);
        }
    }

    public Path path() {
        return Path.of(db.strip());
    }
}
