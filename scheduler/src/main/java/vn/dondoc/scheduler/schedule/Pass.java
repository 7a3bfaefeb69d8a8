package vn.dondoc.scheduler.schedule;

import java.time.Instant;

/**
 * One pass of scheduled work as of an instant, known to the {@link PassJob} by its name. Safe to run
 * again: what was done is in the register.
 */
public interface Pass {

    /** The name a JobDetail gives in its data ({@link PassJob#PASS}), e.g. {@code reminders}. */
    String name();

    void run(Instant now);
}
