package vn.dondoc.scheduler.reminder;

import java.time.LocalDate;

/** No reminders of task {@code taskId} to the contact who muted it up to {@code until}, inclusive. */
public record Muted(long taskId, LocalDate until) {
}
