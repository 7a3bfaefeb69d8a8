package vn.dondoc.scheduler.letter;

import java.time.LocalDate;
import java.util.List;

/**
 * What an urging letter to one agency says, as of {@code day}: the documents that assigned the work, each overdue
 * task (its oldest overdue milestone), each indicator figure not reported, and the day to report by.
 */
public record UrgingLetter(String agency, LocalDate day, LocalDate replyBy, LetterSettings issuer,
                           List<Source> sources, List<OverdueTask> overdue, List<MissingFigure> missingFigures) {

    public UrgingLetter {
        sources = List.copyOf(sources);
        overdue = List.copyOf(overdue);
        missingFigures = List.copyOf(missingFigures);
    }

    /** An assigning document the letter refers to. */
    public record Source(String number, LocalDate issuedOn) {
    }

    /**
     * @param due               the due date in force of its oldest overdue milestone
     * @param overdueMilestones how many of its milestones are overdue (a recurring task can be behind on several)
     * @param refusedExtensions extension requests the office or a leader refused
     */
    public record OverdueTask(long taskId, String source, String item, String title, String deadlineText, LocalDate due,
                              long daysOverdue, int overdueMilestones, int refusedExtensions) {
    }

    /** A period's figure the agency has not reported though the period has ended. */
    public record MissingFigure(long indicatorId, String source, String item, String name, String unit, String period,
                                String target, LocalDate periodEnd) {
    }
}
