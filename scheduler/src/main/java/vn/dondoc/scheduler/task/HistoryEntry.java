package vn.dondoc.scheduler.task;

import java.time.Instant;

/** One line of a task's history. {@code detail} is JSON. */
public record HistoryEntry(long id, long taskId, Long milestoneId, Instant at, String actor, Long chatId,
                           String action, String detail) {
}
