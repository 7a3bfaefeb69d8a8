package vn.dondoc.scheduler.importing;

import java.util.List;

/** A file read and understood as a register, not yet written: see {@link DocumentImporter#read}. */
public final class ParsedRegister {

    private final String fileName;
    private final String sheet;
    private final RegisterRows.Result rows;
    private final List<String> otherSheets;

    ParsedRegister(String fileName, String sheet, RegisterRows.Result rows, List<String> otherSheets) {
        this.fileName = fileName;
        this.sheet = sheet;
        this.rows = rows;
        this.otherSheets = List.copyOf(otherSheets);
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
