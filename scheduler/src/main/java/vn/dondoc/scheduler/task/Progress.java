package vn.dondoc.scheduler.task;

/** A progress report on a task's earliest open milestone. */
public record Progress(long taskId, long milestoneId, int percent) {
}
