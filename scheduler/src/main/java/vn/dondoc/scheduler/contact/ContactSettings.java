package vn.dondoc.scheduler.contact;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.dondoc.scheduler.error.SettingError;

/** How long an invite code stays valid: DONDOC_INVITE_DAYS, one day to a year. */
@ConfigurationProperties("dondoc")
public record ContactSettings(int inviteDays) {

    public ContactSettings {
        SettingError.within("DONDOC_INVITE_DAYS", inviteDays, 1, 365);
    }

    public Duration inviteValidity() {
        return Duration.ofDays(inviteDays);
    }
}
