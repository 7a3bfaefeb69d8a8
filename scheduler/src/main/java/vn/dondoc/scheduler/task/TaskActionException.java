package vn.dondoc.scheduler.task;

/** An action that cannot be done to a task as it stands; the message is a Vietnamese sentence for the person. */
public final class TaskActionException extends RuntimeException {

    public TaskActionException(String message) {
        super(message);
    }
}
