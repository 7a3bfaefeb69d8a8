package vn.dondoc.scheduler.table;

import java.util.List;

/**
 * The rows of one sheet, in file order.
 *
 * @param sheet the sheet name for workbooks, {@code null} for text files
 * @param rows  only rows with at least one non-empty cell
 */
public record Table(String sheet, List<SheetRow> rows) {

    public Table {
        rows = List.copyOf(rows);
    }
}
