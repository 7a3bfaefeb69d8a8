package vn.dondoc.scheduler.digest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.error.SettingError;

/** When {@code run} sends the weekly digest: DONDOC_DIGEST_CRON (Quartz cron, office time). */
@ConfigurationProperties("dondoc.digest")
public record DigestSettings(String cron) {

    public DigestSettings {
        if (cron == null || cron.isBlank()) {
            throw new DondocException(SettingError.INVALID, "DONDOC_DIGEST_CRON", "");
        }
    }
}
