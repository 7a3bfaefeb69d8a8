package vn.dondoc.scheduler.schedule;

import java.time.Clock;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import vn.dondoc.scheduler.calendar.OfficeDays;
import vn.dondoc.scheduler.digest.DigestSettings;
import vn.dondoc.scheduler.reminder.ReminderSettings;

/**
 * The jobs of {@code run} and their triggers, with fixed identities; Boot's Quartz auto-configuration
 * schedules them in memory, or, with the register on PostgreSQL, in the register's database for all the
 * {@code run}s on it ({@link ClusteredQuartz}). Misfires are chosen on purpose: a missed hourly reminder firing is
 * dropped (the next one catches up from the register), a missed digest firing fires as soon as it can (the
 * digest goes once per week anyway). Job data are strings only, as the JDBC store keeps them (useProperties).
 * Only {@code run} has the profile: no other command starts Quartz.
 */
@Configuration(proxyBeanMethods = false)
@Profile("run") // DondocApplication.RUN: only dondoc run schedules passes
public class ScheduleConfiguration {

    public static final String GROUP = "dondoc";

    /**
     * Hourly in working hours and once at start-up; outside working hours it does nothing. A firing cut off by a node
     * that died is run again by another node of a cluster (requestRecovery; the pass sends only what is still due).
     */
    @Bean
    public JobDetail reminderJob() {
        return JobBuilder.newJob(PassJob.class).withIdentity("reminders", GROUP)
                .usingJobData(PassJob.PASS, "reminders").usingJobData(PassJob.WORKING_HOURS_ONLY, "true")
                .storeDurably().requestRecovery().build();
    }

    /** Monday 07:30, before working hours; the start-up catch-up only in working hours. */
    @Bean
    public JobDetail digestJob() {
        return JobBuilder.newJob(PassJob.class).withIdentity("digest", GROUP)
                .usingJobData(PassJob.PASS, "digest").usingJobData(PassJob.WORKING_HOURS_ONLY, "false")
                .storeDurably().requestRecovery().build();
    }

    @Bean
    public Trigger reminderSchedule(JobDetail reminderJob, ReminderSettings settings, Clock clock) {
        String cron = settings.cron();
        return TriggerBuilder.newTrigger().forJob(reminderJob).withIdentity("reminders-hourly", GROUP)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone(clock.getZone()))
                        .withMisfireHandlingInstructionDoNothing())
                .build();
    }

    /**
     * Once at start-up, to catch up what was due while dondoc was down. In a cluster every node that starts writes
     * this trigger again (overwriting it, see {@link ClusteredQuartz}): a node starting makes one reminder pass on
     * some node, or none more when its trigger replaces one not fired yet. A pass sends only what is due and not yet
     * sent, under the register's lock, so an extra one sends nothing twice.
     */
    @Bean
    public Trigger reminderAtStartup(JobDetail reminderJob) {
        return TriggerBuilder.newTrigger().forJob(reminderJob).withIdentity("reminders-startup", GROUP).startNow()
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
    }

    @Bean
    public Trigger digestSchedule(JobDetail digestJob, DigestSettings settings, Clock clock) {
        String cron = settings.cron();
        return TriggerBuilder.newTrigger().forJob(digestJob).withIdentity("digest-weekly", GROUP)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone(clock.getZone()))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    /**
     * To catch up a week whose digest was missed while dondoc was down; each leader gets it once a week anyway (so a
     * second node starting, which writes this trigger again as for the reminders, sends no digest twice).
     */
    @Bean
    public Trigger digestAtStartup(JobDetail digestJob) {
        return TriggerBuilder.newTrigger().forJob(digestJob).withIdentity("digest-startup", GROUP).startNow()
                .usingJobData(PassJob.WORKING_HOURS_ONLY, "true")
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
    }

    /** From the reminders' first hour to the end of the working day, on the office calendar as loaded now. */
    @Bean
    public WorkingHours workingHours(OfficeDays days, ReminderSettings settings, Clock clock) {
        return new WorkingHours(days::calendar, settings.sendAt(), settings.workdayEnd(), clock.getZone());
    }
}
