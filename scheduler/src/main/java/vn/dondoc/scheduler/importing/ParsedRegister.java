package vn.dondoc.scheduler.importing;

import java.util.List;

/** A file read and understood as a register, not yet written: see {@link DocumentImporter#read}. */
public final class ParsedRegister {

    private final String fileName;
    private final String sheet;
    private final RegisterRows.Result rows;
    private final List<String> otherSheets;
    private final boolean blankDeadlineIsNone;

    ParsedRegister(String fileName, String sheet, RegisterRows.Result rows, List<String> otherSheets) {
        this(fileName, sheet, rows, otherSheets, false);
    }

    private ParsedRegister(String fileName, String sheet, RegisterRows.Result rows, List<String> otherSheets,
                           boolean blankDeadlineIsNone) {
        this.fileName = fileName;
        this.sheet = sheet;
        this.rows = rows;
        this.otherSheets = List.copyOf(otherSheets);
        this.blankDeadlineIsNone = blankDeadlineIsNone;
    }

    /**
     * The tasks a notice in prose assigns, numbered 1, 2, … in the notice's order (importing the notice again
     * updates them). A table's empty deadline cell is a gap for the office to fill (UNPARSED); a sentence with no
     * deadline simply has none (NONE).
     */
    public static ParsedRegister ofProse(String fileName, String title, List<ProseTask> tasks) {
        List<RegisterRows.TaskRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            ProseTask t = tasks.get(i);
            rows.add(new RegisterRows.TaskRow(t.line(), String.valueOf(i + 1), null, null, t.title(),
                    String.join("\n", t.leads()), String.join("\n", t.cooperating()), t.deadline() == null ? "" : t.deadline()));
        }
        return new ParsedRegister(fileName, null, new RegisterRows.Result(title, rows, List.of(), 0, false), List.of(), true);
    }

    boolean blankDeadlineIsNone() {
        return blankDeadlineIsNone;
    }

    public int taskRows() {
        return rows.tasks().size();
    }

    String fileName() {
        return fileName;
    }

    /** The sheet the register was read from; null for a text file. */
    public String sheet() {
        return sheet;
    }

    RegisterRows.Result rows() {
        return rows;
    }

    /** The workbook's other sheets that also hold a register, in order. */
    public List<String> otherSheets() {
        return otherSheets;
    }
}
