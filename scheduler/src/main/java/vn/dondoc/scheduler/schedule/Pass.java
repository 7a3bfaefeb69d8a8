package vn.dondoc.scheduler.schedule;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * One pass of scheduled work as of an instant, known to the {@link PassJob} by its name. Safe to run
 * again: what was done is in the register. The features' passes know nothing of the schedule: {@link ScheduledPasses}
 * makes them passes.
 */
public interface Pass {

    /** The name a JobDetail gives in its data ({@link PassJob#PASS}), e.g. {@code reminders}. */
    String name();

    void run(Instant now);

    /** The pass called {@code name} that runs {@code run}. */
    static Pass of(String name, Consumer<Instant> run) {
        return new Pass() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void run(Instant now) {
                run.accept(now);
            }
        };
    }
}
