package vn.dondoc.bot.schedule;

import java.time.Instant;

/** One pass of scheduled work as of an instant. Safe to run again: what was done is in the register. */
@FunctionalInterface
public interface Pass {

    void run(Instant now);
}
