package vn.dondoc.bot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.spi.OperableTrigger;
import vn.dondoc.bot.MutableClock;
import vn.dondoc.scheduler.calendar.OfficeCalendar;
import vn.dondoc.scheduler.calendar.OfficeDay;
import vn.dondoc.scheduler.register.OfficeZone;

class ScheduleTests {

    final MutableClock clock = new MutableClock(Instant.parse("2024-03-25T01:00:00Z"));
    final List<Instant> reminders = new ArrayList<>();
    final List<Instant> digests = new ArrayList<>();
    final Passes passes = new Passes(reminders::add, digests::add);
    // 27/04/2024 was a make-up working Saturday for the 30/4–1/5 holidays.
    final OfficeCalendar calendar = new OfficeCalendar(List.of(new OfficeDay(java.time.LocalDate.of(2024, 4, 27), "Làm bù", true)));
    final WorkingHours hours = new WorkingHours(() -> calendar, LocalTime.of(8, 0), LocalTime.of(17, 30), OfficeZone.ID);

    @Test
    void remindersFireHourlyFromEightOnWeekdaysAndSaturdaysInOfficeTime() {
        List<ZonedDateTime> fires = nextFires(ScheduleConfiguration.reminderSchedule(ScheduleConfiguration.reminderJob(),
                "0 0 8-17 ? * MON-SAT", OfficeZone.ID), "2024-03-23T20:00:00+07:00", 11);

        assertThat(fires.get(0)).isEqualTo("2024-03-25T08:00+07:00[Asia/Ho_Chi_Minh]");
        assertThat(fires.get(9)).isEqualTo("2024-03-25T17:00+07:00[Asia/Ho_Chi_Minh]");
        assertThat(fires.get(10)).isEqualTo("2024-03-26T08:00+07:00[Asia/Ho_Chi_Minh]");
    }

    @Test
    void theDigestFiresOnMondayAtHalfPastSevenOfficeTime() {
        List<ZonedDateTime> fires = nextFires(ScheduleConfiguration.digestSchedule(ScheduleConfiguration.digestJob(),
                "0 30 7 ? * MON", OfficeZone.ID), "2024-03-20T12:00:00+07:00", 2);

        assertThat(fires).containsExactly(ZonedDateTime.parse("2024-03-25T07:30+07:00[Asia/Ho_Chi_Minh]"),
                ZonedDateTime.parse("2024-04-01T07:30+07:00[Asia/Ho_Chi_Minh]"));
    }

    @Test
    void theReminderJobRunsOnlyInWorkingHoursOfWorkingDays() {
        ReminderSchedule job = new ReminderSchedule(passes, hours, clock);

        runAt(job, "2024-03-25T08:00:00+07:00");   // Monday
        runAt(job, "2024-03-25T07:59:00+07:00");   // before eight
        runAt(job, "2024-03-25T17:30:00+07:00");   // evening
        runAt(job, "2024-03-23T09:00:00+07:00");   // Saturday
        runAt(job, "2024-04-30T09:00:00+07:00");   // 30/4
        runAt(job, "2024-04-27T09:00:00+07:00");   // make-up Saturday

        assertThat(reminders).containsExactly(Instant.parse("2024-03-25T01:00:00Z"), Instant.parse("2024-04-27T02:00:00Z"));
    }

    @Test
    void theDigestCatchUpAtStartUpWaitsForWorkingHoursButTheWeeklyFiringDoesNot() {
        DigestSchedule job = new DigestSchedule(passes, hours, clock);

        clock.set(ZonedDateTime.parse("2024-03-25T07:30:00+07:00").toInstant());
        job.execute(context(false));
        clock.set(ZonedDateTime.parse("2024-03-24T22:00:00+07:00").toInstant());
        job.execute(context(true));
        clock.set(ZonedDateTime.parse("2024-03-26T10:00:00+07:00").toInstant());
        job.execute(context(true));

        assertThat(digests).containsExactly(Instant.parse("2024-03-25T00:30:00Z"), Instant.parse("2024-03-26T03:00:00Z"));
    }

    @Test
    void aFailingPassDoesNotEscapeTheJob() {
        ReminderSchedule job = new ReminderSchedule(new Passes(now -> {
            throw new IllegalStateException("register locked");
        }, digests::add), hours, clock);

        runAt(job, "2024-03-25T09:00:00+07:00");
    }

    private void runAt(ReminderSchedule job, String when) {
        clock.set(ZonedDateTime.parse(when).toInstant());
        job.execute(context(false));
    }

    private static JobExecutionContext context(boolean catchUp) {
        JobExecutionContext context = org.mockito.Mockito.mock(JobExecutionContext.class);
        org.mockito.Mockito.when(context.getMergedJobDataMap())
                .thenReturn(new org.quartz.JobDataMap(Map.of(DigestSchedule.CATCH_UP, catchUp)));
        return context;
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

}
