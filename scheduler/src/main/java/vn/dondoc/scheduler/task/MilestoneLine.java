package vn.dondoc.scheduler.task;

import java.time.LocalDate;
import java.util.List;
import vn.dondoc.scheduler.calendar.DueStanding;
import vn.dondoc.scheduler.deadline.DeadlineKind;

/**
 * One milestone of one task as of a day: what {@code tasks} lists. {@code due} is the date in force
 * (after approved extensions), {@code originalDue} the one the document gave; both null without a deadline.
 * {@code doneOn} is null when the completion was recorded for a later day: on {@code day} it had not happened.
 * {@code standing} is the day against the due date in working days, for open milestones with a due date
 * (null otherwise): what every message says of days left or overdue.
 */
public record MilestoneLine(
        long taskId,
        long milestoneId,
        int seq,
        String source,
        String item,
        String groupCode,
        String title,
        List<String> lead,
        List<String> cooperating,
        String deadlineText,
        DeadlineKind kind,
        LocalDate originalDue,
        LocalDate due,
        LocalDate doneOn,
        MilestoneStatus status,
        DueStanding standing) {
}
