package vn.dondoc.scheduler.schedule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import vn.dondoc.scheduler.digest.DigestPass;
import vn.dondoc.scheduler.reminder.ReminderPass;

/**
 * The passes {@link PassJob} runs, by the names the JobDetails of {@link ScheduleConfiguration} give. The reminder and
 * digest passes are plain services of their features, which know nothing of the schedule (the schedule knows them:
 * their settings say when it fires). Apart from {@link ScheduleConfiguration} so that a test of the triggers alone
 * can bring passes of its own.
 */
@Configuration(proxyBeanMethods = false)
@Profile("run") // DondocApplication.RUN, as ScheduleConfiguration
public class ScheduledPasses {

    @Bean
    public Pass scheduledReminders(ReminderPass reminders) {
        return Pass.of(ReminderPass.NAME, reminders::run);
    }

    @Bean
    public Pass scheduledDigest(DigestPass digest) {
        return Pass.of(DigestPass.NAME, digest::run);
    }
}
