package vn.dondoc.scheduler.schedule;

import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import org.springframework.stereotype.Component;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.register.RegisterSettings;

/**
 * {@code run}'s Quartz when the register is on PostgreSQL: Quartz's JDBC job store in the register's database,
 * clustered, so that the {@code run}s sharing one register fire each trigger once between them (a node takes a
 * firing by a row lock in qrtz_locks; {@link PassJob}'s {@code @DisallowConcurrentExecution} then holds across the
 * nodes too), and a firing that a dead node was running is run again by another ({@code requestRecovery}). The
 * tables come from the register's migrations (db/postgresql/V28__quartz.sql), never from Boot's initializer, which
 * would drop them. On SQLite this does nothing: Quartz stays in memory as Boot builds it (Quartz has no SQLite store).
 *
 * <p>Boot builds the scheduler; this only adds the job store's properties to Boot's (spring.quartz.properties): they
 * cannot go in application.yml, since the in-memory store refuses them.
 */
@Component
@Profile("run")
final class ClusteredQuartz implements SchedulerFactoryBeanCustomizer {

    /** The name every node of one register's cluster has: Quartz's rows are kept under it (sched_name). */
    static final String SCHEDULER = "dondoc";

    /**
     * Quartz keeps its data sources by name in one table per JVM (DBConnectionManager): each scheduler gets a name of
     * its own, so that a second one in the same JVM (a test's second node) never takes the first's pool.
     */
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final RegisterSettings register;
    private final RegisterDatabase db;
    private final ClusterSettings cluster;
    private final QuartzProperties boot;

    ClusteredQuartz(RegisterSettings register, RegisterDatabase db, ClusterSettings cluster, QuartzProperties boot) {
        this.register = register;
        this.db = db;
        this.cluster = cluster;
        this.boot = boot;
    }

    @Override
    public void customize(SchedulerFactoryBean factory) {
        if (!register.postgres()) {
            return;
        }
        // The register opens (and migrates) on first use; Quartz stores the jobs and triggers as soon as it is built,
        // so the register is opened first: its migrations make Quartz's tables.
        db.dataSource();
        Properties properties = new Properties();
        properties.putAll(boot.getProperties());
        properties.putAll(clustered(register.server(), cluster, "register" + POOLS.incrementAndGet()));
        factory.setQuartzProperties(properties);
        factory.setSchedulerName(SCHEDULER);
        // The store keeps the triggers of the previous start: a changed DONDOC_REMIND_CRON or DONDOC_DIGEST_CRON
        // replaces them. Every node that starts writes its jobs and triggers again (all nodes have the same ones). A
        // trigger written again counts its first firing from when it was built: a firing due in the second or so a node
        // takes to start may run once more, which a pass allows (it sends only what is due and not sent); none is lost.
        factory.setOverwriteExistingJobs(true);
    }

    /**
     * The job store's properties: JobStoreTX (each of Quartz's writes in its own transaction) with Quartz's own
     * HikariCP pool of {@code quartzConnections} to the register's database (the register's pool stays one
     * connection); instance ids made up at each start (host name and time); job data kept as strings (useProperties:
     * readable rows, no Java serialization; {@link ScheduleConfiguration} gives only strings).
     */
    static Properties clustered(RegisterDatabase.PostgresServer server, ClusterSettings cluster, String pool) {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", Long.toString(cluster.checkinInterval().toMillis()));
        p.setProperty("org.quartz.jobStore.useProperties", "true");
        p.setProperty("org.quartz.jobStore.dataSource", pool);
        String source = "org.quartz.dataSource." + pool + ".";
        p.setProperty(source + "provider", "hikaricp");
        p.setProperty(source + "driver", "org.postgresql.Driver");
        p.setProperty(source + "URL", server.url());
        if (!server.user().isBlank()) {
            p.setProperty(source + "user", server.user());
        }
        if (!server.password().isEmpty()) {
            p.setProperty(source + "password", server.password());
        }
        p.setProperty(source + "maxConnections", Integer.toString(cluster.quartzConnections()));
        return p;
    }
}
