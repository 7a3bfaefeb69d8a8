package vn.dondoc.bot.schedule;

import java.time.ZoneId;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * The jobs and their triggers, with fixed identities. Misfires are chosen on purpose: a missed hourly
 * reminder firing is dropped (the next one catches up from the register), a missed digest firing
 * fires as soon as it can (the digest goes once per week anyway).
 */
public final class ScheduleConfiguration {

    private ScheduleConfiguration() {
    }

    public static JobDetail reminderJob() {
        return JobBuilder.newJob(ReminderSchedule.class).withIdentity("reminders", "dondoc").storeDurably().build();
    }

    public static JobDetail digestJob() {
        return JobBuilder.newJob(DigestSchedule.class).withIdentity("digest", "dondoc").storeDurably().build();
    }

    public static Trigger reminderSchedule(JobDetail job, String cron, ZoneId zone) {
        return TriggerBuilder.newTrigger().forJob(job).withIdentity("reminders-hourly", "dondoc")
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone(zone))
                        .withMisfireHandlingInstructionDoNothing())
                .build();
    }

    public static Trigger reminderAtStartup(JobDetail job) {
        return TriggerBuilder.newTrigger().forJob(job).withIdentity("reminders-startup", "dondoc").startNow()
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
    }

    public static Trigger digestSchedule(JobDetail job, String cron, ZoneId zone) {
        return TriggerBuilder.newTrigger().forJob(job).withIdentity("digest-weekly", "dondoc")
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone(zone))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    public static Trigger digestAtStartup(JobDetail job) {
        return TriggerBuilder.newTrigger().forJob(job).withIdentity("digest-startup", "dondoc").startNow()
                .usingJobData(DigestSchedule.CATCH_UP, true)
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
    }
}
