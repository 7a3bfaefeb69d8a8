package vn.dondoc.scheduler.contact;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.dondoc.scheduler.error.SettingError;

/**
 * How hard guessing invite codes is made for one chat: after a wrong code the next is tried only after
 * {@code pause}, doubled at each further wrong code; {@code wrongCodes} wrong codes within {@code window} lock
 * the chat out of linking for {@code lockout}. Defaults in application.yml.
 */
@ConfigurationProperties("dondoc.link-guard")
public record LinkGuardSettings(int wrongCodes, Duration window, Duration lockout, Duration pause) {

    public LinkGuardSettings {
        SettingError.within("DONDOC_LINK_WRONG_CODES", wrongCodes, 1, 100);
        SettingError.within("DONDOC_LINK_WINDOW_MINUTES", minutes(window), 1, 24 * 60);
        SettingError.within("DONDOC_LINK_LOCKOUT_MINUTES", minutes(lockout), 1, 24 * 60);
        SettingError.within("DONDOC_LINK_PAUSE_SECONDS", (int) Math.min(Integer.MAX_VALUE, pause.getSeconds()), 0, 60);
    }

    private static int minutes(Duration duration) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, duration.toMinutes()));
    }
}
