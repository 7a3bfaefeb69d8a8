package vn.dondoc.scheduler.task;

import java.time.LocalDate;
import java.util.List;
import vn.dondoc.scheduler.deadline.DeadlineKind;

/**
 * One milestone of one task as of a day: what {@code tasks} lists. {@code due} is the date in force
 * (after approved extensions), {@code originalDue} the one the document gave; both null without a deadline.
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
        MilestoneStatus status) {
}
