package vn.dondoc.scheduler.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.spi.OperableTrigger;
import vn.dondoc.scheduler.calendar.OfficeCalendar;
import vn.dondoc.scheduler.calendar.OfficeDay;
import vn.dondoc.scheduler.digest.DigestSettings;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.register.OfficeZone;
import vn.dondoc.scheduler.reminder.ReminderError;
import vn.dondoc.scheduler.reminder.ReminderSettings;

/** The JobDetails and triggers as {@code run} declares them, and the one job that runs a named pass. */
class ScheduleTests {

    static final ReminderSettings REMINDERS = new ReminderSettings("0 0 8-17 ? * MON-SAT", List.of(7, 3, 1), LocalTime.of(8, 0),
            3, 5, 10, 1, LocalTime.of(17, 30));
    static final DigestSettings DIGEST = new DigestSettings("0 30 7 ? * MON");

    final SettableClock clock = new SettableClock(Instant.parse("2024-03-25T01:00:00Z"));
    final List<Instant> reminders = new ArrayList<>();
    final List<Instant> digests = new ArrayList<>();
    final ScheduleConfiguration schedule = new ScheduleConfiguration();
    // 27/04/2024 was a make-up working Saturday for the 30/4–1/5 holidays.
    final OfficeCalendar calendar = new OfficeCalendar(List.of(new OfficeDay(LocalDate.of(2024, 4, 27), "Làm bù", true)));
    final WorkingHours hours = new WorkingHours(() -> calendar, LocalTime.of(8, 0), LocalTime.of(17, 30), OfficeZone.ID);
    final PassJob job = new PassJob(List.of(pass("reminders", reminders), pass("digest", digests)), hours, clock);

    @Test
    void remindersFireHourlyFromEightOnWeekdaysAndSaturdaysInOfficeTime() {
        List<ZonedDateTime> fires = nextFires(schedule.reminderSchedule(schedule.reminderJob(), REMINDERS, clock),
                "2024-03-23T20:00:00+07:00", 11);

        assertThat(fires.get(0)).isEqualTo("2024-03-25T08:00+07:00[Asia/Ho_Chi_Minh]");
        assertThat(fires.get(9)).isEqualTo("2024-03-25T17:00+07:00[Asia/Ho_Chi_Minh]");
        assertThat(fires.get(10)).isEqualTo("2024-03-26T08:00+07:00[Asia/Ho_Chi_Minh]");
    }

    @Test
    void theDigestFiresOnMondayAtHalfPastSevenOfficeTime() {
        List<ZonedDateTime> fires = nextFires(schedule.digestSchedule(schedule.digestJob(), DIGEST, clock),
                "2024-03-20T12:00:00+07:00", 2);

        assertThat(fires).containsExactly(ZonedDateTime.parse("2024-03-25T07:30+07:00[Asia/Ho_Chi_Minh]"),
                ZonedDateTime.parse("2024-04-01T07:30+07:00[Asia/Ho_Chi_Minh]"));
    }

    @Test
    void jobsAndTriggersHaveFixedIdentitiesAndDeliberateMisfires() {
        JobDetail reminderJob = schedule.reminderJob();
        JobDetail digestJob = schedule.digestJob();

        assertThat(reminderJob.getKey().toString()).isEqualTo("dondoc.reminders");
        assertThat(digestJob.getKey().toString()).isEqualTo("dondoc.digest");
        assertThat(List.of(reminderJob, digestJob)).allSatisfy(detail -> {
            assertThat(detail.getJobClass()).isEqualTo(PassJob.class);
            assertThat(detail.isConcurrentExecutionDisallowed()).isTrue();
            assertThat(detail.isDurable()).isTrue();
            // A firing cut off by a dead node of a cluster runs again on another.
            assertThat(detail.requestsRecovery()).isTrue();
            // The clustered store keeps job data as strings (useProperties).
            assertThat(detail.getJobDataMap().values()).allMatch(String.class::isInstance);
        });
        assertThat(PassJob.class).hasAnnotation(DisallowConcurrentExecution.class);
        assertThat(schedule.digestAtStartup(digestJob).getJobDataMap().values()).allMatch(String.class::isInstance);
        assertThat(List.of(schedule.reminderSchedule(reminderJob, REMINDERS, clock), schedule.reminderAtStartup(reminderJob),
                schedule.digestSchedule(digestJob, DIGEST, clock), schedule.digestAtStartup(digestJob)))
                .extracting(t -> t.getKey().getName(), Trigger::getMisfireInstruction)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("reminders-hourly", org.quartz.CronTrigger.MISFIRE_INSTRUCTION_DO_NOTHING),
                        org.assertj.core.groups.Tuple.tuple("reminders-startup", org.quartz.SimpleTrigger.MISFIRE_INSTRUCTION_FIRE_NOW),
                        org.assertj.core.groups.Tuple.tuple("digest-weekly", org.quartz.CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW),
                        org.assertj.core.groups.Tuple.tuple("digest-startup", org.quartz.SimpleTrigger.MISFIRE_INSTRUCTION_FIRE_NOW));
    }

    @Test
    void theReminderJobRunsOnlyInWorkingHoursOfWorkingDays() {
        JobDetail reminderJob = schedule.reminderJob();
        for (Trigger trigger : List.of(schedule.reminderSchedule(reminderJob, REMINDERS, clock),
                schedule.reminderAtStartup(reminderJob))) {
            reminders.clear();

            runAt(reminderJob, trigger, "2024-03-25T08:00:00+07:00");   // Monday
            runAt(reminderJob, trigger, "2024-03-25T07:59:00+07:00");   // before eight
            runAt(reminderJob, trigger, "2024-03-25T17:30:00+07:00");   // evening
            runAt(reminderJob, trigger, "2024-03-23T09:00:00+07:00");   // Saturday
            runAt(reminderJob, trigger, "2024-04-30T09:00:00+07:00");   // 30/4
            runAt(reminderJob, trigger, "2024-04-27T09:00:00+07:00");   // make-up Saturday

            assertThat(reminders).as(trigger.getKey().getName())
                    .containsExactly(Instant.parse("2024-03-25T01:00:00Z"), Instant.parse("2024-04-27T02:00:00Z"));
        }
        assertThat(digests).isEmpty();
    }

    @Test
    void theDigestCatchUpAtStartUpWaitsForWorkingHoursButTheWeeklyFiringDoesNot() {
        JobDetail digestJob = schedule.digestJob();
        Trigger weekly = schedule.digestSchedule(digestJob, DIGEST, clock);
        Trigger startup = schedule.digestAtStartup(digestJob);

        runAt(digestJob, weekly, "2024-03-25T07:30:00+07:00");
        runAt(digestJob, startup, "2024-03-24T22:00:00+07:00");
        runAt(digestJob, startup, "2024-03-26T10:00:00+07:00");

        assertThat(digests).containsExactly(Instant.parse("2024-03-25T00:30:00Z"), Instant.parse("2024-03-26T03:00:00Z"));
        assertThat(reminders).isEmpty();
    }

    @Test
    void aFailingOrBusyPassDoesNotEscapeTheJob() {
        JobDetail reminderJob = schedule.reminderJob();
        Trigger hourly = schedule.reminderSchedule(reminderJob, REMINDERS, clock);
        PassJob failing = new PassJob(List.of(new Pass() {
            @Override
            public String name() {
                return "reminders";
            }

            @Override
            public void run(Instant now) {
                throw new IllegalStateException("register locked");
            }
        }), hours, clock);
        PassJob busy = new PassJob(List.of(new Pass() {
            @Override
            public String name() {
                return "reminders";
            }

            @Override
            public void run(Instant now) {
                throw new DondocException(DondocException.Kind.BUSY, ReminderError.BUSY, null);
            }
        }), hours, clock);

        clock.set(ZonedDateTime.parse("2024-03-25T09:00:00+07:00").toInstant());
        failing.execute(context(reminderJob, hourly));
        busy.execute(context(reminderJob, hourly));
    }

    private void runAt(JobDetail detail, Trigger trigger, String when) {
        clock.set(ZonedDateTime.parse(when).toInstant());
        job.execute(context(detail, trigger));
    }

    /** As Quartz merges them: the JobDetail's data, then the trigger's over it. */
    private static JobExecutionContext context(JobDetail detail, Trigger trigger) {
        JobDataMap merged = new JobDataMap();
        merged.putAll(detail.getJobDataMap());
        merged.putAll(trigger.getJobDataMap());
        JobExecutionContext context = Mockito.mock(JobExecutionContext.class);
        Mockito.when(context.getMergedJobDataMap()).thenReturn(merged);
        return context;
    }

    private static Pass pass(String name, List<Instant> runs) {
        return Pass.of(name, runs::add);
    }

    private static List<ZonedDateTime> nextFires(Trigger trigger, String from, int count) {
        OperableTrigger operable = (OperableTrigger) trigger;
        operable.setStartTime(Date.from(ZonedDateTime.parse(from).toInstant()));
        List<ZonedDateTime> fires = new ArrayList<>();
        Date next = operable.computeFirstFireTime(null);
        while (fires.size() < count) {
            fires.add(next.toInstant().atZone(OfficeZone.ID));
            next = operable.getFireTimeAfter(next);
        }
        return fires;
    }

    /** The office clock, set by the test. */
    static final class SettableClock extends Clock {

        private Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public java.time.ZoneId getZone() {
            return OfficeZone.ID;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
