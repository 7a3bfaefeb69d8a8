package vn.dondoc.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.impl.jdbcjobstore.JobStoreTX;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.dondoc.bot.telegram.FakeBotApi;
import vn.dondoc.scheduler.agency.AgencyRegister;
import vn.dondoc.scheduler.calendar.OfficeCalendar;
import vn.dondoc.scheduler.contact.ContactRegister;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.contact.NewContact;
import vn.dondoc.scheduler.importing.DocumentImporter;
import vn.dondoc.scheduler.importing.ImportRequest;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.testing.TestPostgres;

/**
 * {@code run} in-process on a register on PostgreSQL (Monday 25/03/2024 09:00 office time, the fake Bot API): its
 * Quartz is the clustered JDBC store in the register's database, its start-up pass sends the reminders due, and a
 * stop is obeyed within seconds.
 */
class RunOnPostgresTests {

    static final long YTE = 3101;

    FakeBotApi telegram;
    ConfigurableApplicationContext app;

    @AfterEach
    void tearDown() throws Exception {
        if (app != null) {
            app.close();
        }
        telegram.close();
    }

    @Test
    void runOnPostgresqlSchedulesInTheDatabaseSendsItsStartUpRemindersAndStopsWithinSeconds() throws Exception {
        telegram = new FakeBotApi();
        RegisterDatabase.PostgresServer server = TestPostgres.server().freshDatabase();
        Clock importClock = Clock.fixed(Instant.parse("2024-01-20T02:00:00Z"), java.time.ZoneOffset.UTC);
        try (RegisterDatabase db = RegisterDatabase.open(server)) {
            new DocumentImporter(db, importClock, new OfficeCalendar(List.of())).run(new ImportRequest(
                    Path.of("../examples/152-QD-UBND-2024-phu-luc-01.tsv"), "152/QĐ-UBND", LocalDate.of(2024, 1, 18), null, false));
            long yTe = new AgencyRegister(db, importClock).all().stream().filter(a -> a.name().equals("Sở Y tế")).findFirst().orElseThrow().id();
            new ContactRegister(db, importClock, Duration.ofDays(7)).add(new NewContact("Nguyễn Văn An", ContactRole.STAFF, yTe, List.of(), YTE));
        }
        MutableClock monday = new MutableClock(Instant.parse("2024-03-25T02:00:00Z"));

        app = new SpringApplicationBuilder(DondocApplication.class).profiles(DondocApplication.RUN)
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", monday))
                .run("--dondoc.db=" + server.url(), "--dondoc.db-user=" + server.user(), "--dondoc.telegram.token=" + FakeBotApi.TOKEN,
                        "--dondoc.telegram.api-url=" + telegram.url(), "--dondoc.web.port=0", "--dondoc.web.address=127.0.0.1",
                        "--spring.main.keep-alive=false");

        Scheduler quartz = app.getBean(Scheduler.class);
        assertThat(quartz.getMetaData().getJobStoreClass()).isEqualTo(JobStoreTX.class);
        assertThat(quartz.getMetaData().isJobStoreClustered()).isTrue();
        telegram.awaitMessage(YTE, text -> text.contains("#"));
        try (RegisterDatabase db = RegisterDatabase.open(server)) {
            assertThat(db.jdbc().queryForList("SELECT instance_name FROM qrtz_scheduler_state", String.class))
                    .containsExactly(quartz.getSchedulerInstanceId());
            assertThat(db.jdbc().queryForList("SELECT trigger_name FROM qrtz_cron_triggers ORDER BY trigger_name", String.class))
                    .containsExactly("digest-weekly", "reminders-hourly");
        }

        long start = System.nanoTime();
        app.close();
        Duration stopping = Duration.ofNanos(System.nanoTime() - start);
        app = null;

        assertThat(stopping).isLessThan(Duration.ofSeconds(10));
        assertThat(quartz.isShutdown()).isTrue();
        try (RegisterDatabase db = RegisterDatabase.open(server)) {
            assertThat(db.jdbc().queryForList("SELECT DISTINCT status FROM delivery", String.class)).containsExactly("SENT");
        }
        System.out.printf("run on PostgreSQL stopped in %d ms%n", stopping.toMillis());
    }
}
