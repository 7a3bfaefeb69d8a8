package vn.dondoc.bot.schedule;

import java.time.Clock;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Monday 07:30; and at start-up, in working hours, to catch up a week whose digest was missed while
 * dondoc was down (each leader gets it once per week whatever the number of runs). Never two at once.
 */
@DisallowConcurrentExecution
public class DigestSchedule implements Job {

    /** Set on the start-up trigger: run only in working hours. */
    static final String CATCH_UP = "catchUp";
    private static final Logger log = LoggerFactory.getLogger(DigestSchedule.class);

    private final Passes passes;
    private final WorkingHours hours;
    private final Clock clock;

    public DigestSchedule(Passes passes, WorkingHours hours, Clock clock) {
        this.passes = passes;
        this.hours = hours;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) {
        var now = clock.instant();
        if (context.getMergedJobDataMap().getBooleanValue(CATCH_UP) && !hours.contains(now)) {
            return;
        }
        try {
            passes.digest().run(now);
        } catch (vn.dondoc.scheduler.register.RegisterBusyException e) {
            log.warn("{}", e.getMessage());
        } catch (RuntimeException e) {
            log.error("Digest pass at {} failed", now, e);
        }
    }
}
