package vn.dondoc.bot.schedule;

/** The two passes the scheduler triggers, as beans the jobs look up by type. */
public record Passes(Pass reminders, Pass digest) {
}
