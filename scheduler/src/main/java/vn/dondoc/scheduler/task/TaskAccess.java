package vn.dondoc.scheduler.task;

import org.springframework.stereotype.Component;

/**
 * Who may do what to a task (PRODUCT.md), checked in one place for every action: a task that does not
 * exist, one of another agency, a report by a cooperating agency, a decision by someone who does not decide.
 */
@Component
public class TaskAccess {

    private final TaskRegister tasks;

    public TaskAccess(TaskRegister tasks) {
        this.tasks = tasks;
    }

    /** The task, when it exists and the caller may see it. */
    public TaskAgencies toSee(Caller caller, long taskId) {
        TaskAgencies task = tasks.agencies(taskId).orElseThrow(() -> new TaskActionException(TaskError.NOT_FOUND, taskId));
        if (!caller.canSee(task)) {
            throw new TaskActionException(TaskError.NOT_YOUR_AGENCY, taskId, caller.contact().agency());
        }
        return task;
    }

    /** The task, when the caller may also report on it. */
    public TaskAgencies toReport(Caller caller, long taskId) {
        TaskAgencies task = toSee(caller, taskId);
        if (!caller.canReport(task)) {
            throw new TaskActionException(TaskError.NOT_LEAD, taskId);
        }
        return task;
    }

    /**
     * The task, when the caller may record a milestone of it done: its lead agency, the office or a
     * leader. Only the office and leaders give the day it happened; an agency reports as of now.
     */
    public TaskAgencies toRecordDone(Caller caller, long taskId, boolean dated) {
        TaskAgencies task = toSee(caller, taskId);
        boolean decider = caller.seesAll();
        if (!decider && !caller.canReport(task)) {
            throw new TaskActionException(TaskError.NOT_LEAD, taskId);
        }
        if (dated && !decider) {
            throw new TaskActionException(TaskError.DONE_DATE_OFFICE_ONLY, taskId);
        }
        return task;
    }

    public void toDecide(Caller caller) {
        if (!caller.seesAll()) {
            throw new TaskActionException(TaskError.DECIDERS_ONLY);
        }
    }

    /**
     * A decision on task {@code taskId}: the office and leaders in charge of all decide every task; a leader in
     * charge of some agencies ({@code inCharge}, their ids) only the tasks one of those leads, whatever the path
     * (a command, or button data copied from someone else's message).
     */
    public void toDecide(Caller caller, long taskId, java.util.List<Long> inCharge) {
        toDecide(caller);
        if (caller.contact().role() == vn.dondoc.scheduler.contact.ContactRole.OFFICE || inCharge.isEmpty()) {
            return;
        }
        TaskAgencies task = tasks.agencies(taskId).orElseThrow(() -> new TaskActionException(TaskError.NOT_FOUND, taskId));
        if (task.lead().stream().noneMatch(inCharge::contains)) {
            throw new TaskActionException(TaskError.NOT_IN_CHARGE, taskId);
        }
    }

    public void toCancel(Caller caller, long taskId) {
        toSee(caller, taskId);
        if (caller.contact().role() != vn.dondoc.scheduler.contact.ContactRole.OFFICE) {
            throw new TaskActionException(TaskError.OFFICE_ONLY, taskId);
        }
    }

    /** The task, when the caller may correct its title or deadline: the office only. */
    public TaskAgencies toEdit(Caller caller, long taskId) {
        TaskAgencies task = toSee(caller, taskId);
        if (caller.contact().role() != vn.dondoc.scheduler.contact.ContactRole.OFFICE) {
            throw new TaskActionException(TaskError.EDIT_OFFICE_ONLY, taskId);
        }
        return task;
    }
}
