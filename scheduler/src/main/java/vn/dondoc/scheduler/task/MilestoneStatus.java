package vn.dondoc.scheduler.task;

import java.time.LocalDate;

/** The standard four statuses of the office's reports, plus the two for tasks without a countdown. */
public enum MilestoneStatus {
    DONE_ON_TIME,
    DONE_LATE,
    OPEN_ON_TIME,
    OPEN_OVERDUE,
    NO_DEADLINE,
    CANCELLED;

    /**
     * The status on {@code day}. {@code due} is the due date in force that day (an extension approved
     * on or before it counts); a report or cancellation dated after {@code day} did not happen yet.
     * A task without a fixed deadline cannot be late, so done is on time.
     */
    public static MilestoneStatus on(LocalDate day, LocalDate due, LocalDate doneOn, LocalDate cancelledOn) {
        if (cancelledOn != null && !cancelledOn.isAfter(day)) {
            return CANCELLED;
        }
        boolean done = doneOn != null && !doneOn.isAfter(day);
        if (due == null) {
            return done ? DONE_ON_TIME : NO_DEADLINE;
        }
        if (done) {
            return doneOn.isAfter(due) ? DONE_LATE : DONE_ON_TIME;
        }
        return day.isAfter(due) ? OPEN_OVERDUE : OPEN_ON_TIME;
    }

    public boolean isOpen() {
        return this == OPEN_ON_TIME || this == OPEN_OVERDUE || this == NO_DEADLINE;
    }
}
