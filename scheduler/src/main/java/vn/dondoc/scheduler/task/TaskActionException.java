package vn.dondoc.scheduler.task;

import vn.dondoc.scheduler.error.DondocException;

/** An action that cannot be done to a task as it stands or by this person: bad input, said by its {@link TaskError}. */
public final class TaskActionException extends DondocException {

    private static final long serialVersionUID = 1L;

    public TaskActionException(TaskError code, Object... args) {
        super(code, args);
    }
}
