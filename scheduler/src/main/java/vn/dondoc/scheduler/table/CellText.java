package vn.dondoc.scheduler.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.dondoc.scheduler.text.VietnameseText;

/** Cleaning shared by text files and workbooks, so both give the same cells for the same content. */
final class CellText {

    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|[\\r\\n\\u2028\\u2029\\u0085]");
    // Horizontal spaces VietnameseText does not know (\h covers NBSP, en/em spaces, ideographic space)
    // and stray control characters from old .xls files.
    private static final Pattern ODD = Pattern.compile("[\\h\\u200B\\u2060\\uFEFF\\p{Cc}]+");

    private CellText() {
    }

    /**
     * NFC, one plain space between words, each line trimmed, blank lines dropped. Line breaks stay:
     * a cell listing several agencies one per line needs them.
     */
    static String clean(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (String line : LINE_BREAK.split(raw, -1)) {
            String cleaned = VietnameseText.clean(ODD.matcher(line).replaceAll(" "));
            if (!cleaned.isEmpty()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(cleaned);
            }
        }
        return out.toString();
    }

    /** A row of cleaned cells without trailing empty ones, or empty when no cell has text. */
    static Optional<SheetRow> row(int line, List<String> rawCells) {
        List<String> cells = new ArrayList<>(rawCells.size());
        int lastFilled = -1;
        for (String raw : rawCells) {
            String cell = clean(raw);
            cells.add(cell);
            if (!cell.isEmpty()) {
                lastFilled = cells.size() - 1;
            }
        }
        if (lastFilled < 0) {
            return Optional.empty();
        }
        return Optional.of(new SheetRow(line, cells.subList(0, lastFilled + 1)));
    }
}
