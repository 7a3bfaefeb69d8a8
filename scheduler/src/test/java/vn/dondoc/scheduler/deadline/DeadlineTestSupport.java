package vn.dondoc.scheduler.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import vn.dondoc.scheduler.calendar.WorkingCalendar;
import vn.dondoc.scheduler.error.VietnameseErrors;

/** Shared fixtures: the parser, the issue date of 152/QĐ-UBND, and dates written as offices write them. */
final class DeadlineTestSupport {

    static final DeadlinePhrases PHRASES = new DeadlinePhrases(WorkingCalendar.weekdays());

    /** 152/QĐ-UBND was issued on Thursday 18/01/2024 for the 2024 plan. */
    static final LocalDate ISSUED = LocalDate.of(2024, 1, 18);
    static final int PLAN_YEAR = 2024;

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DeadlineTestSupport() {
    }

    static Deadline parse(String phrase) {
        return PHRASES.parse(phrase, ISSUED, PLAN_YEAR);
    }

    /** "31/03/2024 30/06/2024" → those dates; null or blank → none. */
    static List<LocalDate> dates(String written) {
        if (written == null || written.isBlank()) {
            return List.of();
        }
        return Arrays.stream(written.trim().split("\\s+")).map(d -> LocalDate.parse(d, DAY_MONTH_YEAR)).toList();
    }

    static void assertDeadline(Deadline deadline, DeadlineKind kind, String expectedDates) {
        assertThat(deadline.problem()).as("problem").isNull();
        assertThat(deadline.kind()).as("kind").isEqualTo(kind);
        assertThat(deadline.dates()).as("dates").containsExactlyElementsOf(dates(expectedDates));
    }

    static void assertUnparsed(Deadline deadline, String expectedProblem) {
        assertThat(deadline.kind()).isEqualTo(DeadlineKind.UNPARSED);
        assertThat(deadline.dates()).isEmpty();
        assertThat(deadline.problem()).as("problem").isNotNull();
        String problem = VietnameseErrors.render(deadline.problem());
        assertVietnameseSentence(problem);
        if (expectedProblem != null) {
            assertThat(problem).isEqualTo(expectedProblem);
        }
    }

    /** What office staff read: one capitalised sentence, with diacritics, ending in a full stop. */
    static void assertVietnameseSentence(String problem) {
        assertThat(problem).isNotBlank();
        assertThat(Character.isUpperCase(problem.charAt(0))).as("starts with a capital: %s", problem).isTrue();
        assertThat(problem).endsWith(".");
        assertThat(problem.chars().anyMatch(c -> c > 0x7F && Character.isLetter(c)))
                .as("has Vietnamese diacritics: %s", problem).isTrue();
        assertThat(problem.substring(0, problem.length() - 1)).as("one sentence: %s", problem).doesNotContain(". ");
    }
}
