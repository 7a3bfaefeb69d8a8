package vn.dondoc.scheduler.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import vn.dondoc.scheduler.register.RegisterDatabase;

/**
 * What a person does with tasks, from the bot (and later the office's console): see one, list them,
 * report done or progress, cancel. Each action is one transaction; who may do it is checked by
 * {@link TaskAccess}; a refusal is a {@link vn.dondoc.scheduler.error.DondocException} with a {@link TaskError}.
 */
@Service
public class TaskActions {

    private final RegisterDatabase db;
    private final Clock clock;
    private final TaskRegister tasks;
    private final TaskHistory history;
    private final TaskReports reports;
    private final TaskAccess access;

    public TaskActions(RegisterDatabase db, Clock clock, TaskRegister tasks, TaskHistory history, TaskReports reports,
                       TaskAccess access) {
        this.db = db;
        this.clock = clock;
        this.tasks = tasks;
        this.history = history;
        this.reports = reports;
        this.access = access;
    }

    /** One task with its milestones and history, when the caller may see it. */
    public TaskView view(Caller caller, long taskId) {
        return db.inTransaction(() -> {
            TaskAgencies agencies = access.toSee(caller, taskId);
            return new TaskView(taskId, tasks.milestones(taskId, today()), history.of(taskId), caller.canReport(agencies));
        });
    }

    /** The task's current milestone, when the caller may see the task (e.g. before muting it). */
    public MilestoneLine visible(Caller caller, long taskId) {
        return db.inTransaction(() -> {
            access.toSee(caller, taskId);
            return TaskStatus.current(tasks.milestones(taskId, today()));
        });
    }

    /** The task's current milestone, when the caller may report on the task (before asking what to report). */
    public MilestoneLine reportable(Caller caller, long taskId) {
        return db.inTransaction(() -> {
            access.toReport(caller, taskId);
            return TaskStatus.current(tasks.milestones(taskId, today()));
        });
    }

    /** The open tasks of the caller's scope. */
    public TaskList open(Caller caller) {
        return list(caller, line -> line.status().isOpen());
    }

    /** The tasks of the caller's scope that are past their due date. */
    public TaskList overdue(Caller caller) {
        return list(caller, line -> line.status() == MilestoneStatus.OPEN_OVERDUE);
    }

    /** The lead agency (or the office) reports the task's earliest open milestone done today. */
    public Done markDone(Caller caller, long taskId, String note) {
        return db.inTransaction(() -> {
            access.toReport(caller, taskId);
            return reports.markDone(taskId, caller.actor(), note);
        });
    }

    /**
     * A milestone reported done (see {@link DoneRequest}): by the lead agency as of now, or by the office
     * or a leader on the day it happened. The history keeps who recorded it, and when.
     */
    public DoneOutcome reportDone(Caller caller, long taskId, DoneRequest request) {
        return db.inTransaction(() -> {
            access.toRecordDone(caller, taskId, request.on() != null && !request.on().equals(today()));
            return reports.record(taskId, request, caller.actor());
        });
    }

    /** The milestones a Done button may mean (see {@link TaskReports#meant}), when the caller may record it. */
    public List<MilestoneLine> doneChoices(Caller caller, long taskId) {
        return db.inTransaction(() -> {
            access.toRecordDone(caller, taskId, false);
            return reports.meant(taskId);
        });
    }

    /** The office records a completion from its own machine (the command line); no chat is involved. */
    public DoneOutcome recordDone(Actor office, long taskId, DoneRequest request) {
        return db.inTransaction(() -> reports.record(taskId, request, office));
    }

    public Progress reportProgress(Caller caller, long taskId, int percent, String note) {
        return db.inTransaction(() -> {
            access.toReport(caller, taskId);
            return reports.reportProgress(taskId, percent, caller.actor(), note);
        });
    }

    /** The office cancels a task from today. */
    public Cancelled cancel(Caller caller, long taskId, String reason) {
        return db.inTransaction(() -> {
            access.toCancel(caller, taskId);
            return reports.cancel(taskId, caller.actor(), reason);
        });
    }

    private TaskList list(Caller caller, Predicate<MilestoneLine> wanted) {
        LocalDate today = today();
        TaskQuery query = caller.seesAll() ? TaskQuery.all(today) : TaskQuery.ofAgency(caller.contact().agencyId(), today);
        List<MilestoneLine> lines = db.inTransaction(() -> tasks.milestones(query));
        Map<Long, List<MilestoneLine>> byTask = new LinkedHashMap<>();
        for (MilestoneLine line : lines) {
            byTask.computeIfAbsent(line.taskId(), k -> new ArrayList<>()).add(line);
        }
        List<MilestoneLine> current = new ArrayList<>();
        byTask.values().forEach(one -> current.add(TaskStatus.current(one)));
        current.sort(Comparator.comparing(MilestoneLine::due, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())));
        return new TaskList(caller.seesAll(), current.stream()
                .filter(wanted)
                .map(line -> new TaskList.Item(line, caller.canReport(line)))
                .toList());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
