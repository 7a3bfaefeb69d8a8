package vn.dondoc.scheduler.task;

/** What saving a draft did: the task it is, and whether that was new, changed or already so. */
public record SaveOutcome(long taskId, Kind kind) {

    public enum Kind { CREATED, UPDATED, UNCHANGED }
}
