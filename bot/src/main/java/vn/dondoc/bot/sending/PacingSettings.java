package vn.dondoc.bot.sending;

import java.time.Duration;

/**
 * Telegram's send limits as we keep them (Bot FAQ: about 30 messages a second overall, one a second
 * per chat, 20 a minute per group). Will become part of the application's configuration properties.
 *
 * @param perSecond       messages a second overall, at most Telegram's 30
 * @param perChatInterval the least time between two messages to one chat
 * @param groupPerMinute  messages a minute to one group chat
 */
public record PacingSettings(int perSecond, Duration perChatInterval, int groupPerMinute) {

    /** Telegram's overall limit; evenly spaced sends at this rate stay within it. */
    public static final int MAX_PER_SECOND = 30;

    public PacingSettings {
        if (perSecond < 1 || perSecond > MAX_PER_SECOND) {
            throw new IllegalArgumentException("perSecond must be 1–30 (Telegram allows about 30): " + perSecond);
        }
        if (perChatInterval == null || perChatInterval.isNegative() || perChatInterval.isZero()) {
            throw new IllegalArgumentException("perChatInterval must be positive: " + perChatInterval);
        }
        if (groupPerMinute < 1 || groupPerMinute > 20) {
            throw new IllegalArgumentException("groupPerMinute must be 1–20: " + groupPerMinute);
        }
    }

    public static PacingSettings defaults() {
        return new PacingSettings(25, Duration.ofSeconds(1), 20);
    }

    /** The defaults at another overall rate (DONDOC_SEND_PER_SECOND). */
    public static PacingSettings perSecond(int perSecond) {
        return new PacingSettings(perSecond, Duration.ofSeconds(1), 20);
    }
}
