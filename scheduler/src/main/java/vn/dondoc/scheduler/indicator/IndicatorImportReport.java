package vn.dondoc.scheduler.indicator;

import java.util.List;
import vn.dondoc.scheduler.importing.ImportReport.NewAgency;
import vn.dondoc.scheduler.importing.ImportReport.RecognisedAgency;
import vn.dondoc.scheduler.importing.ImportReport.RejectedRow;
import vn.dondoc.scheduler.task.SourceDocument;

/**
 * What an import of an indicator table did (or with a dry run would do).
 *
 * @param inherited  indicators whose agency came from a row above them
 * @param targets    period targets imported as numbers
 * @param notes      targets kept only as words, for the office to look at
 * @param missing    items of this document in the register that the file no longer has
 */
public record IndicatorImportReport(SourceDocument source, String sheet, int created, int updated, int headings,
                                    int inherited, int targets, List<NewAgency> newAgencies,
                                    List<RecognisedAgency> recognised, List<RejectedRow> rejected,
                                    List<RejectedRow> notes, List<String> missing, boolean dryRun) {

    public int indicators() {
        return created + updated;
    }
}
