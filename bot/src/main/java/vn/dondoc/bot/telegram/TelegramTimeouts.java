package vn.dondoc.bot.telegram;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.error.SettingError;

/**
 * How long any call to the Bot API may take, so that an API that accepts and never answers stalls nothing
 * (telegrambots' own client waits 75 s to connect and 100 s to read): {@code connect}
 * (DONDOC_TELEGRAM_CONNECT_TIMEOUT), {@code read} for every call (DONDOC_TELEGRAM_READ_TIMEOUT), and
 * {@code poll}, how long Telegram may hold a long-polling getUpdates open (DONDOC_TELEGRAM_POLL_TIMEOUT;
 * its read timeout is {@code poll + read}). Defaults in application.yml.
 */
@ConfigurationProperties("dondoc.telegram-timeouts")
public record TelegramTimeouts(Duration connect, Duration read, Duration poll) {

    public TelegramTimeouts {
        positive("DONDOC_TELEGRAM_CONNECT_TIMEOUT", connect);
        positive("DONDOC_TELEGRAM_READ_TIMEOUT", read);
        if (poll == null || poll.isNegative() || poll.toSeconds() > 50) {
            // Telegram holds a getUpdates at most 50 s; 0 is short polling.
            throw new DondocException(SettingError.INVALID, "DONDOC_TELEGRAM_POLL_TIMEOUT", poll == null ? "" : poll);
        }
    }

    private static void positive(String variable, Duration value) {
        if (value == null || value.isNegative() || value.isZero() || value.toMinutes() > 10) {
            throw new DondocException(SettingError.INVALID, variable, value == null ? "" : value);
        }
    }

    /** application.yml's values, for tests that build the bot by hand. */
    public static TelegramTimeouts defaults() {
        return new TelegramTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(25));
    }
}
