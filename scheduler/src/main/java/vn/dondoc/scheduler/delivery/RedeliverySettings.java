package vn.dondoc.scheduler.delivery;

import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.error.SettingError;

/**
 * How a message that failed for a reason that may pass (Telegram out of reach, 5xx, 429) is tried again by
 * later passes: after {@code firstWait}, then twice as long each time up to {@code longestWait}
 * (DONDOC_RETRY_FIRST, DONDOC_RETRY_LONGEST; the longest wait stays under the hour so that the hourly pass
 * always retries). A pass whose {@code outageAfter} messages in a row failed so takes Telegram for out of
 * reach and leaves the rest for the next pass (DONDOC_OUTAGE_AFTER). Defaults in application.yml.
 */
@ConfigurationProperties("dondoc.redelivery")
public record RedeliverySettings(Duration firstWait, Duration longestWait, int outageAfter) {

    public RedeliverySettings {
        if (firstWait == null || firstWait.isNegative() || firstWait.isZero()) {
            throw new DondocException(SettingError.INVALID, "DONDOC_RETRY_FIRST", firstWait == null ? "" : firstWait);
        }
        if (longestWait == null || longestWait.compareTo(firstWait) < 0) {
            throw new DondocException(SettingError.INVALID, "DONDOC_RETRY_LONGEST", longestWait == null ? "" : longestWait);
        }
        SettingError.within("DONDOC_OUTAGE_AFTER", outageAfter, 1, 1000);
    }

    /** When a delivery that has now failed {@code attempts} times (1 or more) may be tried again. */
    public Instant nextAttempt(Instant failedAt, int attempts) {
        Duration wait = firstWait;
        for (int i = 1; i < attempts && wait.compareTo(longestWait) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return failedAt.plus(wait.compareTo(longestWait) > 0 ? longestWait : wait);
    }

    /** application.yml's values, for tests that wire the passes by hand. */
    public static RedeliverySettings defaults() {
        return new RedeliverySettings(Duration.ofMinutes(5), Duration.ofMinutes(30), 3);
    }
}
