package vn.dondoc.scheduler.register;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.error.SettingError;

/** Where the register is: DONDOC_DB, a SQLite file. Its default is in application.yml. */
@ConfigurationProperties("dondoc")
public record RegisterSettings(String db) {

    public RegisterSettings {
        if (db == null || db.isBlank()) {
            throw new DondocException(SettingError.INVALID, "DONDOC_DB", db == null ? "" : db);
        }
    }

    public Path path() {
        return Path.of(db.strip());
    }
}
