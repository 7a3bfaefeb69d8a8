package vn.dondoc.scheduler.indicator;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.dondoc.scheduler.error.Problem;
import vn.dondoc.scheduler.importing.ImportReport.RejectedRow;
import vn.dondoc.scheduler.table.SheetRow;
import vn.dondoc.scheduler.text.VietnameseText;

/**
 * The rows under an indicator table's header, read as a person reads them:
 * <ul>
 * <li>a row with a unit and a figure is an indicator;</li>
 * <li>a row without (I, II, 1, 1.1, a, *…, or a unit over sub-rows that carry the figures) is a heading: its
 * agency cell, when filled, applies to the rows under it until the next agency cell; a new section (I, II…)
 * starts without one;</li>
 * <li>"Trong đó:" and rows in italics are parts of the indicator above;</li>
 * <li>the header repeated at page breaks and notes ("Ghi chú: …") are skipped.</li>
 * </ul>
 */
final class IndicatorRows {

    private static final Pattern ROMAN = Pattern.compile("[IVXL]+");
    private static final Pattern LABEL = Pattern.compile("(\\d+(\\.\\d+)*|[IVXL]+|[a-zđ])[.)]?");
    private static final Pattern NUMBERED = Pattern.compile("\\d+[.)]?");
    private static final Pattern ITALIC = Pattern.compile("(?s)\\s*<i>.*</i>\\s*");

    record Result(String title, List<IndicatorRow> indicators, List<RejectedRow> rejected, List<RejectedRow> notes,
                  int headings) {
    }

    private IndicatorRows() {
    }

    static Result read(List<SheetRow> rows, IndicatorHeader header) {
        String title = header.index() > 0 ? Figure.clean(rows.get(0).cells().stream().filter(c -> !c.isBlank())
                .findFirst().orElse("")) : null;
        List<IndicatorRow> indicators = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        List<RejectedRow> notes = new ArrayList<>();
        String section = null;
        int sectionNumber = 0;
        int ordinal = 0;
        int headings = 0;
        String heading = null;
        String sectionTitle = null;
        String parent = null;
        boolean underTrongDo = false;
        String agency = null;
        for (int i = header.index() + header.rowsUsed(); i < rows.size(); i++) {
            SheetRow row = rows.get(i);
            if (header.isRepeatedIn(row)) {
                continue;
            }
            String tt = Figure.clean(header.cell(row, IndicatorColumn.ITEM));
            String rawName = header.cell(row, IndicatorColumn.NAME);
            String name = Figure.clean(rawName);
            String unit = Figure.clean(header.cell(row, IndicatorColumn.UNIT));
            String agencyCell = header.cell(row, IndicatorColumn.AGENCY).strip();
            Map<IndicatorColumn, Figure> figures = new EnumMap<>(IndicatorColumn.class);
            for (IndicatorColumn column : IndicatorColumn.FIGURES) {
                Figure.parse(header.cell(row, column)).ifPresent(f -> figures.put(column, f));
            }
            if (name.isEmpty()) {
                if (!unit.isEmpty() || !figures.isEmpty()) {
                    rejected.add(new RejectedRow(row.line(), Problem.of(IndicatorError.NO_NAME)));
                }
                continue; // a note under the table, or a stray mark
            }
            int roman = roman(tt);
            if (roman > sectionNumber) {
                section = tt;
                sectionNumber = roman;
                ordinal = 0;
                agency = null;
                sectionTitle = name;
                heading = name;
                parent = null;
            }
            if (LABEL.matcher(tt).matches()) {
                underTrongDo = false;
            }
            boolean ownAgency = !agencyCell.isEmpty();
            if (ownAgency) {
                agency = agencyCell;
            }
            String folded = VietnameseText.fold(name);
            if (folded.startsWith("trong do") && unit.isEmpty() && figures.isEmpty()) {
                underTrongDo = true;
                continue;
            }
            if (unit.isEmpty() || figures.isEmpty()) {
                heading = name;
                parent = null;
                headings++;
                continue;
            }
            boolean part = ITALIC.matcher(rawName).matches() || underTrongDo;
            if (NUMBERED.matcher(tt).matches() && !part) {
                heading = sectionTitle; // "3 Tỷ lệ thu gom…" stands beside the headings above it, not under them
            }
            String context = part && parent != null ? parent : heading;
            if (!part) {
                parent = name;
            }
            if (agency == null) {
                rejected.add(new RejectedRow(row.line(), Problem.of(IndicatorError.NO_AGENCY, name)));
                continue;
            }
            for (IndicatorColumn column : IndicatorColumn.FIGURES) {
                Figure f = figures.get(column);
                if (f != null && !f.isNumber() && column.period() != null) {
                    notes.add(new RejectedRow(row.line(), Problem.of(IndicatorError.NOT_A_FIGURE, f.written(), name)));
                }
            }
            ordinal++;
            String item = section == null ? String.valueOf(ordinal) : section + "." + ordinal;
            indicators.add(new IndicatorRow(row.line(), item, tt, section, context, name, unit, agency, !ownAgency, part,
                    figures));
        }
        return new Result(title, indicators, rejected, notes, headings);
    }

    /** The value of a Roman numeral TT (I, II, … XX), 0 for anything else. */
    static int roman(String tt) {
        String s = tt.replaceAll("[.)]$", "");
        if (!ROMAN.matcher(s).matches()) {
            return 0;
        }
        int total = 0;
        int previous = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            int v = switch (s.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                default -> 50;
            };
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total;
    }
}
