package vn.dondoc.scheduler.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.InterruptableJob;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dondoc.scheduler.error.DondocException;

/**
 * The one Quartz job: runs the {@link Pass} its JobDetail names. With {@link #WORKING_HOURS_ONLY} set
 * (on the reminders' JobDetail, on the digest's start-up trigger) it does nothing outside working
 * hours: a day off, the night after a restart; the next firing catches up from the register. A failing
 * pass is logged, never thrown: the register keeps what was sent, the next firing does the rest.
 * Never two firings of one JobDetail at once, on PostgreSQL across all the {@code run}s of a register too (the
 * clustered store keeps the job's other triggers blocked while one runs; see {@link ClusteredQuartz}).
 */
@DisallowConcurrentExecution
public class PassJob implements InterruptableJob {

    /** Job data: the name of the pass to run. */
    public static final String PASS = "pass";
    /** Job or trigger data: run only in working hours. */
    public static final String WORKING_HOURS_ONLY = "workingHoursOnly";

    private static final Logger log = LoggerFactory.getLogger(PassJob.class);

    private final Map<String, Pass> passes;
    private final WorkingHours hours;
    private final Clock clock;

    public PassJob(List<Pass> passes, WorkingHours hours, Clock clock) {
        this.passes = passes.stream().collect(Collectors.toMap(Pass::name, Function.identity()));
        this.hours = hours;
        this.clock = clock;
    }

    /** The thread running this firing, so that a stop can interrupt it (a pass then leaves the rest for the next firing). */
    private volatile Thread running;

    @Override
    public void interrupt() {
        Thread thread = running;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public void execute(JobExecutionContext context) {
        running = Thread.currentThread();
        try {
            execute(context, clock.instant());
        } finally {
            running = null;
            // The pool thread is reused: an interruption meant for this firing must not reach the next.
            Thread.interrupted();
        }
    }

    private void execute(JobExecutionContext context, Instant now) {
        String name = context.getMergedJobDataMap().getString(PASS);
        Pass pass = passes.get(name);
        if (pass == null) {
            log.error("No pass named {} (known: {})", name, passes.keySet());
            return;
        }
        if (context.getMergedJobDataMap().getBooleanValue(WORKING_HOURS_ONLY) && !hours.contains(now)) {
            log.info("Outside working hours ({}): the {} pass waits for the next firing.", now, name);
            return;
        }
        try {
            pass.run(now);
        } catch (DondocException e) {
            if (e.kind() == DondocException.Kind.BUSY) {
                log.warn("The {} pass at {} did not run: {}", name, now, vn.dondoc.scheduler.text.LogValue.of(e.getMessage()));
            } else {
                log.error("The {} pass at {} failed: {}", name, now, vn.dondoc.scheduler.text.LogValue.of(e.getMessage()), e);
            }
        } catch (RuntimeException e) {
            log.error("The {} pass at {} failed", name, now, e);
        }
    }
}
