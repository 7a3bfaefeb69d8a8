package vn.dondoc.bot;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.dondoc.scheduler.error.SettingError;

/**
 * How often a node of a PostgreSQL register that does not receive Telegram's updates tries to take over receiving,
 * and how often the node that receives makes sure it still may (DONDOC_POLLER_EVERY_SECONDS, default in
 * application.yml). At most 10 s: a receiver cut off from the server must notice (this, plus a 3 s check) well
 * before the server frees the lease for another node (about 20 s: RegisterDatabase.tryLease), and a takeover after
 * a node dies is due within 30 s.
 */
@ConfigurationProperties("dondoc.receiving")
public record ReceivingSettings(Duration every) {

    public ReceivingSettings {
        long millis = every == null ? 0 : every.toMillis();
        if (millis < 100 || millis > 10_000) {
            throw new vn.dondoc.scheduler.error.DondocException(SettingError.OUT_OF_RANGE, "DONDOC_POLLER_EVERY_SECONDS",
                    every == null ? "" : java.math.BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString(), 1, 10);
        }
    }
}
