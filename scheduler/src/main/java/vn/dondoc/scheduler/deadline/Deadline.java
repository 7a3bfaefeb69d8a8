package vn.dondoc.scheduler.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What a deadline phrase means: its milestone dates, or why it could not be read.
 *
 * @param kind    how the phrase was understood
 * @param dates   milestones, ascending and distinct; empty for {@link DeadlineKind#NONE} and
 *                {@link DeadlineKind#UNPARSED}
 * @param problem for {@link DeadlineKind#UNPARSED} only: one Vietnamese sentence for office staff
 */
public record Deadline(DeadlineKind kind, List<LocalDate> dates, String problem) {

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

    static Deadline unparsed(String problem) {
        return new Deadline(DeadlineKind.UNPARSED, List.of(), Objects.requireNonNull(problem, "problem"));
    }
}
