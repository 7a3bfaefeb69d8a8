package vn.dondoc.scheduler.task;

import java.time.LocalDate;

/** A milestone reported done: {@code due} is the date that was in force (null without one), {@code on} the day of the report. */
public record Done(long taskId, long milestoneId, LocalDate due, LocalDate on) {
}
