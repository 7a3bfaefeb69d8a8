package vn.dondoc.messages.importing;

import java.util.ArrayList;
import java.util.List;
import vn.dondoc.messages.Formats;
import vn.dondoc.messages.Html;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.importing.ImportReport;

/**
 * The summary of an import, or of a dry run: counts, then every line that needs a person's eye (new agencies, names
 * recognised in another form, deadlines not understood, rows not taken). {@code import} prints these lines; the bot
 * sends the same lines as its preview of a file the office sent, so both say exactly the same.
 */
public final class ImportText {

    /** A value from the file echoed in the summary: long cells are cut, the summary stays readable. */
    static final int ECHO_LIMIT = 200;

    private final Texts texts;

    public ImportText(Texts texts) {
        this.texts = texts;
    }

    /** The summary as plain lines, for the console; {@code fileName} is the file as its sender named it. */
    public List<String> lines(ImportReport r, String fileName) {
        List<String> out = new ArrayList<>();
        out.add(texts.get(r.dryRun() ? "import.dryRun" : "import.done", r.source().number(),
                Formats.date(r.source().issuedOn()), r.source().planYear(), fileName));
        if (r.sheet() != null) {
            out.add(texts.get("import.sheet", r.sheet()));
        }
        out.add(r.groups() > 0
                ? texts.get("import.counts", r.tasks(), r.groups(), r.created(), r.updated(), r.unchanged())
                : texts.get("import.countsNoGroups", r.tasks(), r.created(), r.updated(), r.unchanged()));
        out.add(texts.get("import.milestones", r.milestones(), r.withoutFixedDeadline(), r.unparsed().size()));
        if (r.itemsQualifiedByGroup()) {
            out.add(texts.get("import.qualified", "II.1"));
        }
        if (!r.newAgencies().isEmpty()) {
            out.add(texts.get("import.newAgencies", r.newAgencies().size()));
            for (ImportReport.NewAgency a : r.newAgencies()) {
                out.add(a.possibly().isEmpty() ? texts.get("import.newAgency", clip(a.name()), a.line())
                        : texts.get("import.newAgencyMaybe", clip(a.name()), a.line(), clip(String.join("; ", a.possibly()))));
            }
        }
        if (!r.recognised().isEmpty()) {
            out.add(texts.get("import.recognised", r.recognised().size()));
            r.recognised().forEach(a -> out.add(texts.get("import.recognisedLine", clip(a.written()), a.agency(), a.line())));
        }
        if (!r.unparsed().isEmpty()) {
            out.add(texts.get("import.unparsed", r.unparsed().size()));
            r.unparsed().forEach(u -> out.add(texts.get("import.unparsedLine", u.line(), clip(u.item()), clip(u.phrase()),
                    clip(texts.render(u.problem())))));
        }
        if (!r.rejected().isEmpty()) {
            out.add(texts.get("import.rejected", r.rejected().size()));
            r.rejected().forEach(row -> out.add(texts.get("import.rejectedLine", row.line(), clip(texts.render(row.reason())))));
        }
        if (!r.missingItems().isEmpty()) {
            out.add(texts.get("import.missing", r.missingItems().size(), String.join(", ", r.missingItems())));
        }
        if (!r.otherSheets().isEmpty()) {
            out.add(texts.get("import.otherSheets", String.join(", ", r.otherSheets())));
        }
        return out;
    }

    /** The same lines as Telegram HTML: everything from the file is escaped. The outbox cuts it at 4096 characters. */
    public String html(ImportReport r, String fileName) {
        return Html.escape(String.join("\n", lines(r, fileName)));
    }

    private static String clip(String text) {
        return Formats.clip(text, ECHO_LIMIT);
    }
}
