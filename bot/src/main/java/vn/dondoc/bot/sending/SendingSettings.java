package vn.dondoc.bot.sending;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.dondoc.scheduler.error.SettingError;

/**
 * How fast dondoc sends on its own (reminders, the digest, alerts), within Telegram's limits:
 * DONDOC_SEND_PER_SECOND overall (above Telegram's 30 is refused, not lowered quietly), one message per
 * {@code perChatInterval} to a chat, {@code groupPerMinute} to a group. Defaults in application.yml.
 */
@ConfigurationProperties("dondoc.sending")
public record SendingSettings(int perSecond, Duration perChatInterval, int groupPerMinute) {

    public SendingSettings {
        SettingError.within("DONDOC_SEND_PER_SECOND", perSecond, 1, PacingSettings.MAX_PER_SECOND);
    }

    public PacingSettings pacing() {
        return new PacingSettings(perSecond, perChatInterval, groupPerMinute);
    }
}
