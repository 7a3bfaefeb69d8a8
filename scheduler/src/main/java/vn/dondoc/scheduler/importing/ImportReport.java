package vn.dondoc.scheduler.importing;

import java.util.List;
import vn.dondoc.scheduler.error.Problem;
import vn.dondoc.scheduler.task.SourceDocument;

/**
 * What an import did, or with a dry run would do: counts, what needs a person's eye (deadlines not
 * understood, new agencies, names recognised in another form) and every row not taken, with its line.
 */
public record ImportReport(
        SourceDocument source,
        boolean sourceCreated,
        String sheet,
        int created,
        int updated,
        int unchanged,
        int groups,
        boolean itemsQualifiedByGroup,
        int milestones,
        int withoutFixedDeadline,
        List<UnparsedDeadline> unparsed,
        List<NewAgency> newAgencies,
        List<RecognisedAgency> recognised,
        List<RejectedRow> rejected,
        List<String> missingItems,
        List<String> otherSheets,
        boolean dryRun,
        List<SavedTask> saved) {

    public int tasks() {
        return created + updated + unchanged;
    }

    /** A task of the file, by its line, and what the import did (or would do) to it: new, changed (which fields), or not. */
    public record SavedTask(int line, String item, String title, vn.dondoc.scheduler.task.SaveOutcome.Kind kind,
                            List<String> changed) {
    }

    /** A row kept out of the register, and why (an {@link ImportError}). */
    public record RejectedRow(int line, Problem reason) {
    }

    /** A task imported with a deadline phrase that gave no date; the office should look at it. */
    public record UnparsedDeadline(int line, String item, String phrase, Problem problem) {
    }

    /** An agency the register did not know; {@code possibly} lists agencies it might be (ambiguous initials). */
    public record NewAgency(String name, int line, List<String> possibly) {
    }

    /** A name written another way that was recognised as an agency already in the register. */
    public record RecognisedAgency(String written, String agency, int line) {
    }
}
