package vn.dondoc.bot.sending;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.dondoc.scheduler.error.SettingError;

/**
 * How fast dondoc sends on its own (reminders, the digest, alerts), within Telegram's limits:
 * DONDOC_SEND_PER_SECOND overall (above Telegram's 30 is refused, not lowered quietly), one message per
 * {@code perChatInterval} to a chat, {@code groupPerMinute} to a group; up to DONDOC_SEND_IN_FLIGHT reminder
 * messages under way at once, so that Telegram's round trip does not set the pace (at 150 ms a send, one at a
 * time reaches under 7 a second). Defaults in application.yml.
 */
@ConfigurationProperties("dondoc.sending")
public record SendingSettings(int perSecond, Duration perChatInterval, int groupPerMinute, int inFlight) {

    /** More under way than Telegram takes in a second gains nothing and would only be re-sent after a crash. */
    public static final int MAX_IN_FLIGHT = PacingSettings.MAX_PER_SECOND;

    public SendingSettings {
        SettingError.within("DONDOC_SEND_PER_SECOND", perSecond, 1, PacingSettings.MAX_PER_SECOND);
        SettingError.within("DONDOC_SEND_IN_FLIGHT", inFlight, 1, MAX_IN_FLIGHT);
    }

    public PacingSettings pacing() {
        return new PacingSettings(perSecond, perChatInterval, groupPerMinute);
    }
}
