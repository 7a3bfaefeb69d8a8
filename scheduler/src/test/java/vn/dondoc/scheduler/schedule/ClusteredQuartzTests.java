package vn.dondoc.scheduler.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.impl.jdbcjobstore.JobStoreTX;
import org.quartz.simpl.RAMJobStore;
import vn.dondoc.scheduler.register.RegisterCopy;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.schedule.QuartzNode.Firing;
import vn.dondoc.scheduler.schedule.QuartzNode.PassRun;
import vn.dondoc.scheduler.testing.TestPostgres;

/**
 * run's Quartz on a register on PostgreSQL, clustered: two nodes built by dondoc's own configuration on one
 * database run each firing once between them, and one goes on firing when the other stops. The digest's cron is
 * every second here; the office clock is on a Sunday night, so the working-hours-only firings (the start-up ones)
 * run their job but not their pass, which shows the job data came back from the database as given.
 */
class ClusteredQuartzTests {

    static final String EVERY_SECOND = "* * * * * ?";
    static final String LAST_MIGRATION = "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank DESC LIMIT 1";
    static final Instant SUNDAY_NIGHT = Instant.parse("2024-03-24T15:00:00Z"); // 22:00 office time

    @TempDir
    Path dir;
    final Queue<Firing> firings = new ConcurrentLinkedQueue<>();
    final Queue<PassRun> passes = new ConcurrentLinkedQueue<>();
    final List<QuartzNode> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() {
        nodes.forEach(QuartzNode::close);
    }

    @Test
    void aFiringCutOffByANodeKilledMidwayIsRunAgainOnTheOtherNode() throws Exception {
        RegisterDatabase.PostgresServer db = TestPostgres.server().freshDatabase();
        java.util.concurrent.BlockingQueue<String> said = new java.util.concurrent.LinkedBlockingQueue<>();
        Process killed = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), QuartzNodeProcess.class.getName(), db.url(), db.user())
                .redirectErrorStream(true).start();
        try {
            Thread reader = new Thread(() -> new java.io.BufferedReader(new java.io.InputStreamReader(killed.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8)).lines().forEach(said::add), "killed node's output");
            reader.setDaemon(true);
            reader.start();
            awaitLine(said, QuartzNodeProcess.RUNNING, Duration.ofSeconds(90));
            Instant cutOff;
            String deadInstance;
            try (RegisterDatabase register = RegisterDatabase.open(db)) {
                java.util.Map<String, Object> executing = register.jdbc().queryForMap("SELECT instance_name, sched_time"
                        + " FROM qrtz_fired_triggers WHERE job_name = 'digest' AND state = 'EXECUTING'");
                cutOff = Instant.ofEpochMilli(((Number) executing.get("sched_time")).longValue());
                deadInstance = (String) executing.get("instance_name");
            }
            QuartzNode survivor = node("survivor", db);
            // While the digest job runs on the other node, the survivor fires none of its every-second firings:
            // @DisallowConcurrentExecution holds across the cluster.
            Thread.sleep(3_000);
            assertThat(firings).noneMatch(f -> f.trigger().startsWith("digest"));

            killed.destroyForcibly().waitFor();
            Instant kill = Instant.now();

            awaitUntil(Duration.ofSeconds(45), () -> firings.stream().anyMatch(Firing::recovering));
            Firing recovered = firings.stream().filter(Firing::recovering).findFirst().orElseThrow();
            Duration takeover = Duration.between(kill, Instant.now());
            assertThat(recovered.node()).isEqualTo("survivor");
            assertThat(recovered.scheduled()).isEqualTo(cutOff);
            assertThat(takeover).isLessThan(Duration.ofSeconds(30));
            // The pass ran again there (the job's data said which), and the digest's firings go on on the survivor.
            assertThat(passes).contains(new PassRun("survivor", "digest"));
            long before = QuartzNode.of(firings, "digest-weekly").size();
            awaitUntil(Duration.ofSeconds(45), () -> QuartzNode.of(firings, "digest-weekly").size() >= before + 3);
            try (RegisterDatabase register = RegisterDatabase.open(db)) {
                assertThat(register.jdbc().queryForList("SELECT instance_name FROM qrtz_scheduler_state", String.class))
                        .containsExactly(survivor.scheduler().getSchedulerInstanceId()).doesNotContain(deadInstance);
            }
            System.out.printf("A node killed while running the digest: its firing ran again on the other %d ms later%n",
                    takeover.toMillis());
        } finally {
            killed.destroyForcibly();
        }
    }

    private static void awaitLine(java.util.concurrent.BlockingQueue<String> said, String line, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        List<String> seen = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            String next = said.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
            if (next != null) {
                seen.add(next);
                if (next.contains(line)) {
                    return;
                }
            }
        }
        throw new AssertionError("The node in its own process never said " + line + ":\n" + String.join("\n", seen));
    }

    @Test
    void theMigrationsGiveQuartzItsTablesOnPostgresqlAndNoneOnSqlite() throws Exception {
        try (RegisterDatabase pg = RegisterDatabase.open(TestPostgres.server().emptyDatabase());
             RegisterDatabase sqlite = RegisterDatabase.open(dir.resolve("dondoc.db"))) {
            assertThat(pg.jdbc().queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                    + " AND table_name LIKE 'qrtz%'", String.class)).containsExactlyInAnyOrder("qrtz_job_details", "qrtz_triggers",
                    "qrtz_simple_triggers", "qrtz_cron_triggers", "qrtz_simprop_triggers", "qrtz_blob_triggers", "qrtz_calendars",
                    "qrtz_paused_trigger_grps", "qrtz_fired_triggers", "qrtz_scheduler_state", "qrtz_locks");
            assertThat(pg.jdbc().queryForObject("SELECT count(*) FROM qrtz_job_details", Integer.class)).isZero();
            assertThat(pg.jdbc().queryForObject(LAST_MIGRATION, String.class)).isEqualTo("28");
            assertThat(sqlite.jdbc().queryForList("SELECT name FROM sqlite_master WHERE name LIKE 'qrtz%'", String.class)).isEmpty();
            assertThat(sqlite.jdbc().queryForObject(LAST_MIGRATION, String.class)).isEqualTo("27");
        }
        // A later migration common to both applies after V27 on SQLite as after V28 on PostgreSQL: versions may skip.
        Path later = java.nio.file.Files.createDirectories(dir.resolve("later"));
        java.nio.file.Files.writeString(later.resolve("V29__later.sql"), "CREATE TABLE later_table (id INTEGER);");
        org.flywaydb.core.Flyway.configure()
                .dataSource(new org.springframework.jdbc.datasource.SimpleDriverDataSource(new org.sqlite.JDBC(),
                        "jdbc:sqlite:" + dir.resolve("dondoc.db")))
                .locations("classpath:db/migration", "classpath:db/sqlite", "filesystem:" + later).load().migrate();
        try (RegisterDatabase sqlite = RegisterDatabase.open(dir.resolve("dondoc.db"))) {
            assertThat(sqlite.jdbc().queryForObject("SELECT count(*) FROM later_table", Integer.class)).isZero();
        }
    }

    @Test
    void eachFiringRunsOnExactlyOneOfTwoNodesOnOneDatabase() throws Exception {
        RegisterDatabase.PostgresServer db = TestPostgres.server().freshDatabase();
        QuartzNode a = node("a", db);
        QuartzNode b = node("b", db);
        // A node that starts writes the triggers again (so that a changed cron takes effect): one whose first firing
        // falls in the second it started may run that firing once more, which the passes allow (see ClusteredQuartz).
        Instant bothUp = Instant.now().plusSeconds(1);

        for (QuartzNode node : List.of(a, b)) {
            assertThat(node.scheduler().getMetaData().isJobStoreClustered()).isTrue();
            assertThat(node.scheduler().getMetaData().getJobStoreClass()).isEqualTo(JobStoreTX.class);
            assertThat(node.scheduler().getSchedulerName()).isEqualTo("dondoc");
        }
        assertThat(a.scheduler().getSchedulerInstanceId()).isNotEqualTo(b.scheduler().getSchedulerInstanceId());
        try (RegisterDatabase register = RegisterDatabase.open(db)) {
            assertThat(register.jdbc().queryForList("SELECT instance_name FROM qrtz_scheduler_state WHERE sched_name = 'dondoc'",
                    String.class)).containsExactlyInAnyOrder(a.scheduler().getSchedulerInstanceId(), b.scheduler().getSchedulerInstanceId());
        }
        awaitUntil(Duration.ofSeconds(60), () -> QuartzNode.of(firings, "digest-weekly").stream()
                .filter(f -> f.scheduled().isAfter(bothUp)).count() >= 10);
        a.close();
        b.close();

        List<Firing> afterStart = QuartzNode.of(firings, "digest-weekly").stream().filter(f -> f.scheduled().isAfter(bothUp)).toList();
        assertThat(afterStart).hasSizeGreaterThanOrEqualTo(10).extracting(Firing::scheduled).doesNotHaveDuplicates();
        List<Instant> weekly = QuartzNode.of(firings, "digest-weekly").stream().map(Firing::scheduled).distinct().sorted().toList();
        for (int i = 1; i < weekly.size(); i++) {
            assertThat(Duration.between(weekly.get(i - 1), weekly.get(i))).as("no firing lost").isEqualTo(Duration.ofSeconds(1));
        }
        System.out.printf("Two nodes, %d firings after both were up: %s%n", afterStart.size(),
                afterStart.stream().collect(Collectors.groupingBy(Firing::node, Collectors.counting())));
        // Each node's start wrote the start-up triggers again: each firing of them ran once, on one node.
        assertThat(QuartzNode.of(firings, "reminders-startup")).hasSizeBetween(1, 2);
        assertThat(QuartzNode.of(firings, "digest-startup")).hasSizeBetween(1, 2);
        // The weekly digest's "false" ran its pass at 22:00; the start-up triggers' "true" kept theirs for working hours.
        assertThat(passes.stream().filter(p -> p.pass().equals("digest"))).hasSize(QuartzNode.of(firings, "digest-weekly").size());
        assertThat(passes.stream().filter(p -> p.pass().equals("reminders"))).isEmpty();
    }

    @Test
    void whenTheNodeThatFiresIsStoppedTheOtherTakesTheNextFirings() throws Exception {
        RegisterDatabase.PostgresServer db = TestPostgres.server().freshDatabase();
        node("a", db);
        node("b", db);
        Instant bothUp = Instant.now().plusSeconds(1);
        awaitUntil(Duration.ofSeconds(60), () -> QuartzNode.of(firings, "digest-weekly").size() >= 3);
        Firing last = QuartzNode.of(firings, "digest-weekly").stream().max(java.util.Comparator.comparing(Firing::scheduled)).orElseThrow();
        QuartzNode firing = nodes.stream().filter(n -> n.name.equals(last.node())).findFirst().orElseThrow();
        QuartzNode other = nodes.stream().filter(n -> n != firing).findFirst().orElseThrow();
        long ranBefore = ranOn(other);

        firing.close();
        Instant stopped = Instant.now();

        awaitUntil(Duration.ofSeconds(45), () -> ranOn(other) >= ranBefore + 3);
        Instant firstTaken = QuartzNode.of(firings, "digest-weekly").stream().filter(f -> f.node().equals(other.name)
                && f.scheduled().isAfter(stopped)).map(Firing::scheduled).min(Instant::compareTo).orElseThrow();
        assertThat(firstTaken).isBefore(stopped.plusSeconds(35));
        other.close();
        assertThat(QuartzNode.of(firings, "digest-weekly").stream().filter(f -> f.scheduled().isAfter(bothUp)))
                .extracting(Firing::scheduled).doesNotHaveDuplicates();
        System.out.printf("Node %s stopped; node %s took the next firings, the first %d ms after%n", firing.name, other.name,
                Duration.between(stopped, firstTaken).toMillis());
    }

    @Test
    void aDatabaseWhoseOnlyRowsAreQuartzsIsAnEmptyTargetForCopyRegisterAndKeepsThem() throws Exception {
        RegisterDatabase.PostgresServer target = TestPostgres.server().freshDatabase();
        node("a", target).close(); // a clustered run on the database, before any register was copied in
        try (RegisterDatabase sqlite = RegisterDatabase.open(dir.resolve("dondoc.db"))) {
            sqlite.jdbc().update("INSERT INTO agency (name, name_key, created_at) VALUES ('Sở Y tế', 'so y te', 'x')");
        }
        long quartzRows;
        try (RegisterDatabase pg = RegisterDatabase.open(target)) {
            quartzRows = pg.jdbc().queryForObject("SELECT (SELECT count(*) FROM qrtz_job_details) + (SELECT count(*) FROM qrtz_triggers)"
                    + " + (SELECT count(*) FROM qrtz_locks)", Long.class);
        }
        assertThat(quartzRows).isPositive();

        RegisterCopy.Report report;
        try (RegisterDatabase source = RegisterDatabase.onFirstUse(dir.resolve("dondoc.db"))) {
            report = new RegisterCopy(source).copy(target, false, progress -> { });
        }

        // Quartz's tables are not the register's: not compared, not a reason to refuse, left as they are.
        assertThat(report.same()).isTrue();
        assertThat(report.tables()).extracting(RegisterCopy.Table::name).contains("agency").noneMatch(t -> t.startsWith("qrtz"));
        try (RegisterDatabase pg = RegisterDatabase.open(target)) {
            assertThat(pg.jdbc().queryForObject("SELECT count(*) FROM agency", Integer.class)).isEqualTo(1);
            assertThat(pg.jdbc().queryForObject("SELECT (SELECT count(*) FROM qrtz_job_details) + (SELECT count(*) FROM qrtz_triggers)"
                    + " + (SELECT count(*) FROM qrtz_locks)", Long.class)).isEqualTo(quartzRows);
        }
    }

    @Test
    void aNodeStartedWithAnotherCronReplacesTheStoredTrigger() throws Exception {
        RegisterDatabase.PostgresServer db = TestPostgres.server().freshDatabase();
        QuartzNode.start("before", db.url(), db.user(), "0 30 7 ? * MON", SUNDAY_NIGHT, firings, passes).close();

        QuartzNode after = QuartzNode.start("after", db.url(), db.user(), "0 0 7 ? * MON,THU", SUNDAY_NIGHT, firings, passes);
        nodes.add(after);

        try (RegisterDatabase register = RegisterDatabase.open(db)) {
            assertThat(register.jdbc().queryForObject("SELECT cron_expression FROM qrtz_cron_triggers WHERE trigger_name = 'digest-weekly'",
                    String.class)).isEqualTo("0 0 7 ? * MON,THU");
        }
        org.quartz.CronTrigger weekly = (org.quartz.CronTrigger) after.scheduler().getTrigger(
                org.quartz.TriggerKey.triggerKey("digest-weekly", ScheduleConfiguration.GROUP));
        assertThat(weekly.getTimeZone().getID()).isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(weekly.getJobDataMap()).isEmpty();
    }

    @Test
    void onASqliteRegisterQuartzStaysInMemory() throws Exception {
        QuartzNode node = QuartzNode.start("a", dir.resolve("dondoc.db").toString(), "", EVERY_SECOND, SUNDAY_NIGHT, firings, passes);
        nodes.add(node);

        assertThat(node.scheduler().getMetaData().getJobStoreClass()).isEqualTo(RAMJobStore.class);
        assertThat(node.scheduler().getMetaData().isJobStoreClustered()).isFalse();
        awaitUntil(Duration.ofSeconds(20), () -> QuartzNode.of(firings, "digest-weekly").size() >= 2);
        assertThat(passes.stream().filter(p -> p.pass().equals("digest"))).isNotEmpty();
    }

    private long ranOn(QuartzNode node) {
        return QuartzNode.of(firings, "digest-weekly").stream().filter(f -> f.node().equals(node.name)).count();
    }

    private QuartzNode node(String name, RegisterDatabase.PostgresServer db) {
        QuartzNode node = QuartzNode.start(name, db.url(), db.user(), EVERY_SECOND, SUNDAY_NIGHT, firings, passes);
        nodes.add(node);
        return node;
    }

    private static void awaitUntil(Duration limit, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited " + limit).isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
