package vn.dondoc.scheduler.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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

    /**
     * Records the milestone {@code request} names (or means, see {@link DoneRequest}) done on its day;
     * a milestone already done is left as it is, and several due ones with none named are handed back to choose.
     */
    public DoneOutcome record(long taskId, DoneRequest request, Actor actor) {
        LocalDate today = LocalDate.now(clock);
        LocalDate on = request.on() == null ? today : request.on();
        if (on.isAfter(today)) {
            throw new TaskActionException(TaskError.DONE_IN_THE_FUTURE, on);
        }
        List<MilestoneLine> all = tasks.milestones(taskId, today);
        List<MilestoneLine> open = all.stream().filter(l -> l.status().isOpen()).sorted(TaskStatus.EARLIEST_DUE).toList();
        MilestoneLine chosen;
        if (request.milestoneId() != null || request.due() != null) {
            chosen = all.stream().filter(l -> request.milestoneId() != null ? l.milestoneId() == request.milestoneId()
                            : request.due().equals(l.due()) || request.due().equals(l.originalDue()))
                    .findFirst().orElseThrow(() -> new TaskActionException(TaskError.NO_SUCH_MILESTONE, taskId));
            if (chosen.doneOn() != null) {
                return new DoneOutcome.AlreadyDone(taskId, chosen.due(), chosen.doneOn());
            }
            if (!chosen.status().isOpen()) {
                throw new TaskActionException(TaskError.NOTHING_OPEN, taskId);
            }
        } else {
            List<MilestoneLine> meant = meant(taskId, open);
            if (meant.size() > 1) {
                return new DoneOutcome.Choose(taskId, meant);
            }
            chosen = meant.get(0);
        }
        db.jdbc().update("UPDATE milestone SET done_on = ? WHERE id = ?", on.toString(), chosen.milestoneId());
        history.append(taskId, chosen.milestoneId(), actor, "DONE",
                TaskHistory.details("due", chosen.due(), "on", on.equals(today) ? null : on, "note", request.note()));
        List<LocalDate> remaining = open.stream().filter(l -> l.milestoneId() != chosen.milestoneId())
                .map(MilestoneLine::due).filter(java.util.Objects::nonNull).toList();
        return new DoneOutcome.Recorded(new Done(taskId, chosen.milestoneId(), chosen.due(), on), all.size(), remaining);
    }

    /**
     * The milestones a report that names none may mean: the earliest open one, or every open one when
     * several are already due (then the person must say which).
     */
    public List<MilestoneLine> meant(long taskId) {
        LocalDate today = LocalDate.now(clock);
        return meant(taskId, tasks.milestones(taskId, today).stream().filter(l -> l.status().isOpen())
                .sorted(TaskStatus.EARLIEST_DUE).toList());
    }

    private List<MilestoneLine> meant(long taskId, List<MilestoneLine> open) {
        if (open.isEmpty()) {
            throw new TaskActionException(TaskError.NOTHING_OPEN, taskId);
        }
        LocalDate today = LocalDate.now(clock);
        long due = open.stream().filter(l -> l.due() != null && !l.due().isAfter(today)).count();
        return due > 1 ? open : List.of(open.get(0));
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
