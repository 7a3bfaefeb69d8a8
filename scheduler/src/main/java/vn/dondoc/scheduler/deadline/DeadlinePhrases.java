package vn.dondoc.scheduler.deadline;

import java.time.LocalDate;
import java.util.Objects;
import vn.dondoc.scheduler.calendar.WorkingCalendar;
import vn.dondoc.scheduler.error.Problem;

/**
 * Reads the deadline phrase an assigning document wrote for a task ("Quý I", "Tháng 6,7", "trước ngày
 * 18 hằng tháng") into milestone dates.
 *
 * <p>Correctness comes before coverage: a wrong date sends a reminder at the wrong time, while an
 * honest {@link DeadlineKind#UNPARSED} gets a person to look. So a phrase is only read when every word
 * in it is understood or known to carry no date meaning; anything left over makes it UNPARSED, with a
 * {@link vn.dondoc.scheduler.error.Problem} saying why.
 *
 * <p>Stateless and thread-safe.
 */
public final class DeadlinePhrases {

    private final WorkingCalendar calendar;

    /** @param calendar used for "trong N ngày làm việc" and for the Tết holiday ("trước Tết Nguyên đán") */
    public DeadlinePhrases(WorkingCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * @param phrase   as the document wrote it, with or without diacritics, in any case
     * @param issued   the document's issue date: the base of relative deadlines, and recurring duties
     *                 count only occurrences after it
     * @param planYear the year for periods written without one; recurring duties run to its 31/12
     * @throws IllegalArgumentException if {@code planYear} is outside 2000–2100, a caller's mistake
     */
    public Deadline parse(String phrase, LocalDate issued, int planYear) {
        if (planYear < Numerals.FIRST_YEAR || planYear > Numerals.LAST_YEAR) {
            throw new IllegalArgumentException("plan year out of 2000–2100: " + planYear);
        }
        NormalizedPhrase normalized = phrase == null ? null : NormalizedPhrase.of(phrase);
        if (normalized == null || normalized.text().isEmpty()) {
            return Deadline.unparsed(Problem.of(DeadlineError.BLANK));
        }
        try {
            var pieces = new PhraseScanner(normalized).scan();
            return new PhraseAssembler(calendar, normalized, issued, planYear).assemble(pieces);
        } catch (ParseProblem problem) {
            return Deadline.unparsed(problem.problem());
        }
    }
}
