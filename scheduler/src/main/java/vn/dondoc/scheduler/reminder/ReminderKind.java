package vn.dondoc.scheduler.reminder;

/** Why a reminder goes out. The order is that of a milestone's life: a later kind on one day wins. */
public enum ReminderKind {
    /** N working days before the due date. */
    BEFORE,
    /** The due day, or the last working day before it when it is not one. */
    DUE,
    /** K working days after the due date. */
    OVERDUE,
    /** A task without a fixed deadline: a periodic request for news. */
    CHECK_IN
}
