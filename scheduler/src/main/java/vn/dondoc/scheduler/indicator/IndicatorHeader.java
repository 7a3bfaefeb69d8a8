package vn.dondoc.scheduler.indicator;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dondoc.scheduler.table.SheetRow;

/**
 * The header of an indicator table: a first row naming TT, Chỉ tiêu, Đơn vị and the agency in charge, and up to
 * two rows under it naming the plan and the period targets (merged cells: "Năm 2024" over "Trong đó" over
 * "Mục tiêu Quý I"). Found by its words wherever it stands.
 *
 * <p>Documents repeat the header at each page break, and the repeats are sometimes shifted by a column while the
 * rows under them are not (Phụ lục 03 of 152/QĐ-UBND, pages 4 and 6): repeats are recognised and skipped, and the
 * first header's columns hold for the whole table.
 */
record IndicatorHeader(int index, int rowsUsed, Map<IndicatorColumn, Integer> columns) {

    private static final List<IndicatorColumn> REQUIRED =
            List.of(IndicatorColumn.ITEM, IndicatorColumn.NAME, IndicatorColumn.UNIT, IndicatorColumn.AGENCY);

    static Optional<IndicatorHeader> find(List<SheetRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            Map<IndicatorColumn, Integer> columns = new EnumMap<>(IndicatorColumn.class);
            add(columns, rows.get(i));
            if (!columns.keySet().containsAll(REQUIRED)) {
                continue;
            }
            int used = 1;
            while (used < 3 && i + used < rows.size() && isHeaderWords(rows.get(i + used))) {
                add(columns, rows.get(i + used));
                used++;
            }
            boolean anyTarget = columns.keySet().stream().anyMatch(c -> c.period() != null);
            if (anyTarget) {
                columns.remove(IndicatorColumn.FILLER);
                return Optional.of(new IndicatorHeader(i, used, columns));
            }
        }
        return Optional.empty();
    }

    /** The header again (at a page break, perhaps shifted), or one of its lower rows. */
    boolean isRepeatedIn(SheetRow row) {
        return isHeaderWords(row);
    }

    String cell(SheetRow row, IndicatorColumn column) {
        Integer c = columns.get(column);
        return c == null || c >= row.cells().size() ? "" : row.cells().get(c);
    }

    /** At least two cells, every one of them a header's words. A lone "Trong đó:" is a row of the table. */
    private static boolean isHeaderWords(SheetRow row) {
        int named = 0;
        for (String cell : row.cells()) {
            if (cell.isBlank()) {
                continue;
            }
            if (IndicatorColumn.of(cell) == null) {
                return false;
            }
            named++;
        }
        return named >= 2;
    }

    private static void add(Map<IndicatorColumn, Integer> columns, SheetRow row) {
        for (int c = 0; c < row.cells().size(); c++) {
            IndicatorColumn column = IndicatorColumn.of(row.cells().get(c));
            if (column != null) {
                columns.putIfAbsent(column, c);
            }
        }
    }
}
