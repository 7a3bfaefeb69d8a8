package vn.dondoc.scheduler.task;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.dondoc.scheduler.register.RegisterDatabase;

/**
 * What is reported on a task — done, progress — and its cancelling, each written with its line of
 * history. Who may do it is {@link TaskActions}' business; the caller holds the transaction.
 */
@Component
public class TaskReports {

    private final RegisterDatabase db;
    private final Clock clock;
    private final TaskRegister tasks;
    private final TaskHistory history;

    public TaskReports(RegisterDatabase db, Clock clock, TaskRegister tasks, TaskHistory history) {
        this.db = db;
        this.clock = clock;
        this.tasks = tasks;
        this.history = history;
    }

    /** Reports the task's earliest open milestone done today. */
    public Done markDone(long taskId, Actor actor, String note) {
        LocalDate today = LocalDate.now(clock);
        MilestoneLine open = tasks.earliestOpen(taskId, today);
        db.jdbc().update("UPDATE milestone SET done_on = ? WHERE id = ?", today.toString(), open.milestoneId());
        history.append(taskId, open.milestoneId(), actor, "DONE", TaskHistory.details("due", open.due(), "note", note));
        return new Done(taskId, open.milestoneId(), open.due(), today);
    }

    /** A progress report (percent done, a note) on the earliest open milestone; kept in the history. */
    public Progress reportProgress(long taskId, int percent, Actor actor, String note) {
        if (percent < 0 || percent > 100) {
            throw new TaskActionException(TaskError.BAD_PERCENT);
        }
        MilestoneLine open = tasks.earliestOpen(taskId, LocalDate.now(clock));
        history.append(taskId, open.milestoneId(), actor, "PROGRESS", TaskHistory.details("percent", percent, "note", note));
        return new Progress(taskId, open.milestoneId(), percent);
    }

    /** The office cancels the whole task from today; its history stays. */
    public Cancelled cancel(long taskId, Actor actor, String reason) {
        tasks.requireTask(taskId);
        LocalDate today = LocalDate.now(clock);
        db.jdbc().update("UPDATE task SET cancelled_on = coalesce(cancelled_on, ?) WHERE id = ?", today.toString(), taskId);
        history.append(taskId, null, actor, "CANCELLED", TaskHistory.details("reason", reason));
        return new Cancelled(taskId, today);
    }
}
