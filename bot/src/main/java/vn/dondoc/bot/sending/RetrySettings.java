package vn.dondoc.bot.sending;

import java.time.Duration;

/**
 * How hard one send is tried.
 *
 * @param maxAttempts       attempts in all for transient failures (backoff doubles from {@code firstBackoff})
 * @param firstBackoff      the wait after the first transient failure
 * @param maxRateLimitWaits how many 429s one send may meet before it is given up as failed
 */
public record RetrySettings(int maxAttempts, Duration firstBackoff, int maxRateLimitWaits) {

    public RetrySettings {
        if (maxAttempts < 1 || maxRateLimitWaits < 0 || firstBackoff == null || firstBackoff.isNegative()) {
            throw new IllegalArgumentException("bad retry settings: " + maxAttempts + ", " + firstBackoff + ", " + maxRateLimitWaits);
        }
    }

    /** 4 attempts (waits of 1, 2 and 4 s between them), up to 5 rate-limit waits. */
    public static RetrySettings defaults() {
        return new RetrySettings(4, Duration.ofSeconds(1), 5);
    }
}
