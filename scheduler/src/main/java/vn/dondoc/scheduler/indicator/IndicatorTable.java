package vn.dondoc.scheduler.indicator;

import java.util.List;

/** A file read and understood as an indicator table, not yet written: see {@link IndicatorImporter#read}. */
public final class IndicatorTable {

    private final String fileName;
    private final String sheet;
    private final IndicatorRows.Result rows;

    IndicatorTable(String fileName, String sheet, IndicatorRows.Result rows) {
        this.fileName = fileName;
        this.sheet = sheet;
        this.rows = rows;
    }

    public int indicatorRows() {
        return rows.indicators().size();
    }

    String fileName() {
        return fileName;
    }

    String sheet() {
        return sheet;
    }

    IndicatorRows.Result rows() {
        return rows;
    }

    List<IndicatorRow> indicators() {
        return rows.indicators();
    }
}
