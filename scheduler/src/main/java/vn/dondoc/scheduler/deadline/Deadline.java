package vn.dondoc.scheduler.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import vn.dondoc.scheduler.error.Problem;

/**
 * What a deadline phrase means: its milestone dates, or why it could not be read.
 *
 * @param kind    how the phrase was understood
 * @param dates   milestones, ascending and distinct; empty for {@link DeadlineKind#NONE} and
 *                {@link DeadlineKind#UNPARSED}
 * @param problem for {@link DeadlineKind#UNPARSED} only: why, as a {@link DeadlineError} code and its arguments,
 *                rendered for office staff in their language by {@code messages/}
 */
public record Deadline(DeadlineKind kind, List<LocalDate> dates, Problem problem) {

    public Deadline {
        Objects.requireNonNull(kind, "kind");
        dates = dates == null ? List.of() : List.copyOf(new TreeSet<>(dates));
        if ((kind == DeadlineKind.UNPARSED) != (problem != null)) {
            throw new IllegalArgumentException("a problem is given exactly when the kind is UNPARSED");
        }
        boolean dateless = kind == DeadlineKind.NONE || kind == DeadlineKind.UNPARSED;
        if (dateless != dates.isEmpty()
                || (kind == DeadlineKind.FIXED && dates.size() != 1)
                || (kind == DeadlineKind.MULTIPLE && dates.size() < 2)) {
            throw new IllegalArgumentException(kind + " cannot have " + dates.size() + " date(s)");
        }
    }

    static Deadline none() {
        return new Deadline(DeadlineKind.NONE, List.of(), null);
    }

    static Deadline unparsed(Problem problem) {
        return new Deadline(DeadlineKind.UNPARSED, List.of(), Objects.requireNonNull(problem, "problem"));
    }
}
