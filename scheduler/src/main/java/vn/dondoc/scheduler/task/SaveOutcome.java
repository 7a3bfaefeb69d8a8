package vn.dondoc.scheduler.task;

/** What saving a draft did: the task it is, and whether that was new, changed or already so. */
public record SaveOutcome(long taskId, Kind kind, java.util.List<String> changed) {

    /** {@code changed}: the fields an update changed (as the history names them: title, deadline_text, due, lead…). */
    public SaveOutcome {
        changed = changed == null ? java.util.List.of() : java.util.List.copyOf(changed);
    }

    public SaveOutcome(long taskId, Kind kind) {
        this(taskId, kind, java.util.List.of());
    }

    public enum Kind { CREATED, UPDATED, UNCHANGED }
}
