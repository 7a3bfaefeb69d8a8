package vn.dondoc.scheduler.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.dondoc.scheduler.error.Problem;

/**
 * What a deadline phrase means: its milestone dates, or why it could not be read.
 *
 * @param kind    how the phrase was understood
 * @param dates   milestones, ascending and distinct; empty for {@link DeadlineKind#NONE},
 *                {@link DeadlineKind#EVENT} and {@link DeadlineKind#UNPARSED}
 * @param problem for {@link DeadlineKind#UNPARSED} only: why, as a {@link DeadlineError} code and its arguments,
 *                rendered for office staff in their language by {@code messages/}
 * @param labels  what the document called some milestones ("30/6/2024 (sơ kết)" → 2024-06-30 = "sơ kết"), as
 *                written; each key is one of {@code dates}
 * @param event   for {@link DeadlineKind#EVENT} only: the event as written ("kỳ họp HĐND tỉnh cuối năm"), whose
 *                date the office gives later
 */
public record Deadline(DeadlineKind kind, List<LocalDate> dates, Problem problem, Map<LocalDate, String> labels,
                       String event) {

    public Deadline {
        Objects.requireNonNull(kind, "kind");
        dates = dates == null ? List.of() : List.copyOf(new TreeSet<>(dates));
        labels = labels == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(labels));
        if ((kind == DeadlineKind.UNPARSED) != (problem != null)) {
            throw new IllegalArgumentException("a problem is given exactly when the kind is UNPARSED");
        }
        if ((kind == DeadlineKind.EVENT) != (event != null && !event.isBlank())) {
            throw new IllegalArgumentException("an event is named exactly when the kind is EVENT");
        }
        boolean dateless = kind == DeadlineKind.NONE || kind == DeadlineKind.UNPARSED || kind == DeadlineKind.EVENT;
        if (dateless != dates.isEmpty()
                || (kind == DeadlineKind.FIXED && dates.size() != 1)
                || (kind == DeadlineKind.MULTIPLE && dates.size() < 2)) {
            throw new IllegalArgumentException(kind + " cannot have " + dates.size() + " date(s)");
        }
        if (!dates.containsAll(labels.keySet())) {
            throw new IllegalArgumentException("a label names a milestone of the deadline");
        }
    }

    /** Without labels or an event: the shape of most deadlines. */
    public Deadline(DeadlineKind kind, List<LocalDate> dates, Problem problem) {
        this(kind, dates, problem, Map.of(), null);
    }

    /** A deadline waiting for {@code event}'s date: no milestone date until the office gives it. */
    public static Deadline event(String event) {
        return new Deadline(DeadlineKind.EVENT, List.of(), null, Map.of(), event);
    }

    static Deadline none() {
        return new Deadline(DeadlineKind.NONE, List.of(), null);
    }

    static Deadline unparsed(Problem problem) {
        return new Deadline(DeadlineKind.UNPARSED, List.of(), Objects.requireNonNull(problem, "problem"));
    }
}
