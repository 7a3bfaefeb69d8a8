package vn.dondoc.scheduler.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dondoc.scheduler.table.SheetRow;

/**
 * The header of a register: which column holds what, and where the data starts. Found by the
 * column names wherever the header stands; a header over two rows (a merged "Cơ quan thực hiện" over
 * "Chủ trì" and "Phối hợp") is read as one.
 */
record HeaderRow(int index, int rowsUsed, Map<ColumnRole, Integer> columns) {

    static final List<ColumnRole> REQUIRED = List.of(ColumnRole.ITEM, ColumnRole.TITLE, ColumnRole.LEAD, ColumnRole.DEADLINE);

    /** The first header in {@code rows}, if any. */
    static Optional<HeaderRow> find(List<SheetRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            Optional<Map<ColumnRole, Integer>> single = roles(rows.get(i).cells());
            boolean subHeaderBelow = i + 1 < rows.size() && onlyRoles(rows.get(i + 1).cells());
            if (single.isPresent() && !subHeaderBelow) {
                return Optional.of(new HeaderRow(i, 1, single.get()));
            }
            if (i + 1 < rows.size()) {
                Optional<Map<ColumnRole, Integer>> two = roles(combined(rows.get(i).cells(), rows.get(i + 1).cells()));
                if (two.isPresent()) {
                    return Optional.of(new HeaderRow(i, 2, two.get()));
                }
            }
            if (single.isPresent()) {
                return Optional.of(new HeaderRow(i, 1, single.get()));
            }
        }
        return Optional.empty();
    }

    /** Whether a row is this header again (repeated at a page break), or a part of it. */
    boolean isRepeatedIn(SheetRow row) {
        return onlyRoles(row.cells());
    }

    /** Every non-empty cell names a column: a header, or the lower row of a two-row header. */
    private static boolean onlyRoles(List<String> cells) {
        boolean anyRole = false;
        for (int c = 0; c < cells.size(); c++) {
            if (cells.get(c).isEmpty()) {
                continue;
            }
            ColumnRole role = ColumnRole.of(cells.get(c));
            if (role == null) {
                return false;
            }
            anyRole = true;
        }
        return anyRole;
    }

    String cell(SheetRow row, ColumnRole role) {
        Integer column = columns.get(role);
        if (column == null || column >= row.cells().size()) {
            return "";
        }
        return row.cells().get(column);
    }

    /** Roles of a candidate header: each required role exactly once, else nothing. */
    private static Optional<Map<ColumnRole, Integer>> roles(List<String> cells) {
        Map<ColumnRole, Integer> found = new EnumMap<>(ColumnRole.class);
        Map<ColumnRole, Integer> seen = new EnumMap<>(ColumnRole.class);
        for (int c = 0; c < cells.size(); c++) {
            ColumnRole role = ColumnRole.of(cells.get(c));
            if (role != null) {
                seen.merge(role, 1, Integer::sum);
                found.putIfAbsent(role, c);
            }
        }
        for (ColumnRole role : REQUIRED) {
            if (seen.getOrDefault(role, 0) != 1) {
                return Optional.empty();
            }
        }
        if (seen.getOrDefault(ColumnRole.COOPERATING, 0) > 1) {
            found.remove(ColumnRole.COOPERATING);
        }
        return Optional.of(found);
    }

    private static List<String> combined(List<String> upper, List<String> lower) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(upper.size(), lower.size()); c++) {
            String a = c < upper.size() ? upper.get(c) : "";
            String b = c < lower.size() ? lower.get(c) : "";
            cells.add(a.equals(b) ? a : (a + " " + b).trim());
        }
        return cells;
    }
}
