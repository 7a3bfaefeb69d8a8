package vn.dondoc.scheduler.task;

import java.time.LocalDate;

/** A task the office cancelled, from {@code on}. */
public record Cancelled(long taskId, LocalDate on) {
}
