package vn.dondoc.bot.schedule;

import java.time.Clock;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hourly in working hours and once at start-up: one reminder pass. Outside working hours (a day off,
 * the night after a restart) it does nothing; the next working hour catches up. Never two at once.
 */
@DisallowConcurrentExecution
public class ReminderSchedule implements Job {

    private static final Logger log = LoggerFactory.getLogger(ReminderSchedule.class);

    private final Passes passes;
    private final WorkingHours hours;
    private final Clock clock;

    public ReminderSchedule(Passes passes, WorkingHours hours, Clock clock) {
        this.passes = passes;
        this.hours = hours;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) {
        var now = clock.instant();
        if (!hours.contains(now)) {
            log.info("Ngoài giờ làm việc ({}): không nhắc hạn lúc này.", now);
            return;
        }
        try {
            passes.reminders().run(now);
        } catch (vn.dondoc.scheduler.register.RegisterBusyException e) {
            log.warn("{}", e.getMessage());
        } catch (RuntimeException e) {
            // The register keeps what was sent; the next firing picks up the rest.
            log.error("Reminder pass at {} failed", now, e);
        }
    }
}
