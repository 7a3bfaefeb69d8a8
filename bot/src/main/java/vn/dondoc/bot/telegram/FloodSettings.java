package vn.dondoc.bot.telegram;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.dondoc.scheduler.error.SettingError;

/**
 * What one chat may cost the bot (defaults in application.yml): {@code workers} threads serve the chats in turn,
 * at most {@code queuePerChat} messages of a chat wait (more are dropped); a chat spends one of {@code burst}
 * turns per message (and more for slow work), {@code perMinute} come back each minute; an exact repeat of the
 * chat's last text within {@code repeatWindow} is dropped; a chat that is not linked is answered once per
 * {@code strangerEvery} (its invite codes are {@code LinkGuard}'s business).
 */
@ConfigurationProperties("dondoc.flood")
public record FloodSettings(int workers, int queuePerChat, int burst, int perMinute, Duration repeatWindow,
                            Duration strangerEvery) {

    public FloodSettings {
        SettingError.within("DONDOC_BOT_WORKERS", workers, 1, 64);
        SettingError.within("DONDOC_CHAT_QUEUE", queuePerChat, 1, 1000);
        SettingError.within("DONDOC_CHAT_BURST", burst, 1, 1000);
        SettingError.within("DONDOC_CHAT_PER_MINUTE", perMinute, 1, 6000);
        SettingError.within("DONDOC_REPEAT_SECONDS", seconds(repeatWindow), 0, 3600);
        SettingError.within("DONDOC_STRANGER_EVERY_SECONDS", seconds(strangerEvery), 0, 3600);
    }

    private static int seconds(Duration duration) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, duration.getSeconds()));
    }
}
