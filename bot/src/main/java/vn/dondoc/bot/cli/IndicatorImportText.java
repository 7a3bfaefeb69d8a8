package vn.dondoc.bot.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import vn.dondoc.messages.Formats;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.importing.ImportReport;
import vn.dondoc.scheduler.indicator.IndicatorImportReport;

/** The summary {@code import} prints for an indicator table. */
final class IndicatorImportText {

    private IndicatorImportText() {
    }

    static void print(IndicatorImportReport r, Path file, PrintStream out, Texts texts) {
        out.println(texts.get(r.dryRun() ? "import.dryRun" : "import.done", r.source().number(),
                Formats.date(r.source().issuedOn()), r.source().planYear(), file.getFileName()));
        if (r.sheet() != null) {
            out.println(texts.get("import.sheet", r.sheet()));
        }
        out.println(texts.get("indicatorImport.counts", r.indicators(), r.headings(), r.created(), r.updated()));
        out.println(texts.get("indicatorImport.details", r.targets(), r.inherited()));
        if (!r.newAgencies().isEmpty()) {
            out.println(texts.get("import.newAgencies", r.newAgencies().size()));
            for (ImportReport.NewAgency a : r.newAgencies()) {
                out.println(a.possibly().isEmpty() ? texts.get("import.newAgency", a.name(), a.line())
                        : texts.get("import.newAgencyMaybe", a.name(), a.line(), String.join("; ", a.possibly())));
            }
        }
        if (!r.recognised().isEmpty()) {
            out.println(texts.get("import.recognised", r.recognised().size()));
            r.recognised().forEach(a -> out.println(texts.get("import.recognisedLine", a.written(), a.agency(), a.line())));
        }
        if (!r.notes().isEmpty()) {
            out.println(texts.get("indicatorImport.notes", r.notes().size()));
            r.notes().forEach(row -> out.println(texts.get("import.rejectedLine", row.line(), texts.render(row.reason()))));
        }
        if (!r.rejected().isEmpty()) {
            out.println(texts.get("import.rejected", r.rejected().size()));
            r.rejected().forEach(row -> out.println(texts.get("import.rejectedLine", row.line(), texts.render(row.reason()))));
        }
        if (!r.missing().isEmpty()) {
            out.println(texts.get("import.missing", r.missing().size(), String.join(", ", r.missing())));
        }
    }
}
