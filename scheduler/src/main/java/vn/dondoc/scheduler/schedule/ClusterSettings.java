package vn.dondoc.scheduler.schedule;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.error.SettingError;

/**
 * Quartz's cluster, when the register is on PostgreSQL ({@link ClusteredQuartz}): each {@code run} checks in every
 * DONDOC_CLUSTER_CHECKIN_SECONDS, and one silent for about that plus Quartz's 7.5 s of grace is taken as dead (the
 * firing it was running is run again by another); Quartz's own pool of DONDOC_QUARTZ_CONNECTIONS connections to the
 * register's database (its workers, the check-in, the misfire handler, the scheduler thread). Defaults in
 * application.yml. Unused on SQLite, where Quartz stays in memory.
 */
@ConfigurationProperties("dondoc.cluster")
public record ClusterSettings(Duration checkinInterval, int quartzConnections) {

    public ClusterSettings {
        if (checkinInterval == null || checkinInterval.toMillis() < 1_000 || checkinInterval.toSeconds() > 60) {
            throw new DondocException(SettingError.OUT_OF_RANGE, "DONDOC_CLUSTER_CHECKIN_SECONDS",
                    checkinInterval == null ? "" : checkinInterval.toSeconds(), 1, 60);
        }
        SettingError.within("DONDOC_QUARTZ_CONNECTIONS", quartzConnections, 3, 50);
    }
}
