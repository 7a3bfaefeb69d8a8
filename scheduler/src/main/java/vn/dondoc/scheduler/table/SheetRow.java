package vn.dondoc.scheduler.table;

import java.util.List;

/**
 * One non-empty row of a table as the user sees it.
 *
 * @param line  1-based: the physical line where the record starts in a text file (a quoted cell
 *              spanning lines reports its first line), or the row number Excel shows
 * @param cells cleaned text cells, never {@code null}; trailing empty cells are already removed
 */
public record SheetRow(int line, List<String> cells) {

    public SheetRow {
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1-based: " + line);
        }
        cells = List.copyOf(cells);
    }
}
