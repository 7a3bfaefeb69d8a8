package vn.dondoc.scheduler.task;

import java.time.LocalDate;
import java.util.List;
import vn.dondoc.scheduler.deadline.Deadline;

/**
 * A task's title or deadline phrase as the office corrects it, previewed or saved: the phrase read against the task's
 * document (its issue date and plan year), the due dates before and after. {@code deadline} is UNPARSED (with its
 * problem) when the phrase cannot be read; then nothing is saved. {@code changed} says whether anything differs.
 */
public record TaskEdit(long taskId, String title, String deadlineText, Deadline deadline, List<LocalDate> before,
                       List<LocalDate> after, boolean changed, boolean saved) {

    public TaskEdit {
        before = before == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(before));
        after = after == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(after));
    }

    public boolean readable() {
        return deadline.kind() != vn.dondoc.scheduler.deadline.DeadlineKind.UNPARSED;
    }
}
