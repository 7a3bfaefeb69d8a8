package vn.dondoc.scheduler.indicator;

import java.util.regex.Pattern;
import vn.dondoc.scheduler.text.VietnameseText;

/** What a column of an indicator table holds, recognised by its header however it is worded. */
enum IndicatorColumn {
    ITEM, NAME, UNIT, AGENCY,
    /** "Ước thực hiện năm 2023": last year's estimate. */
    PREVIOUS,
    /** "Kế hoạch đã đề ra": the plan the council set. */
    PLAN,
    Q1, M6, M9,
    /** "Mục tiêu cả năm của ngành phấn đấu": the year's target. */
    YEAR,
    /** "Mục tiêu cả năm so với ước TH (%)". */
    RATIO,
    /** "Trong đó", "Năm 2024": words of a header that name no column of their own. */
    FILLER;

    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern ITEM_HEADER = Pattern.compile("s?tt|so tt|so thu tu|thu tu");

    /** The column a header cell names, or null. The order matters: "… cả năm so với ước TH 2023 (%)" is the ratio. */
    static IndicatorColumn of(String header) {
        String h = " " + NOT_LETTERS.matcher(VietnameseText.fold(Figure.clean(header))).replaceAll(" ").trim() + " ";
        if (h.isBlank()) {
            return null;
        }
        if (ITEM_HEADER.matcher(h.trim()).matches()) {
            return ITEM;
        }
        if (h.contains(" so voi ")) {
            return RATIO;
        }
        if (h.contains(" phan cong ") || h.contains(" chu tri ") || h.contains(" co quan ")) {
            return AGENCY;
        }
        if (h.contains(" chi tieu ")) {
            return NAME;
        }
        if (h.trim().matches("don vi|don vi tinh|dvt")) {
            return UNIT;
        }
        if (h.contains(" uoc ") || h.trim().startsWith("thuc hien nam")) {
            return PREVIOUS;
        }
        if (h.contains(" ke hoach ")) {
            return PLAN;
        }
        if (h.contains(" quy i ") || h.contains(" quy 1 ")) {
            return Q1;
        }
        if (h.contains(" 6 thang ")) {
            return M6;
        }
        if (h.contains(" 9 thang ")) {
            return M9;
        }
        if (h.contains(" ca nam ")) {
            return YEAR;
        }
        if (h.trim().matches("trong do|nam \\d{4}|nam")) {
            return FILLER;
        }
        return null;
    }

    /** The columns that hold figures, in the table's order. */
    static final IndicatorColumn[] FIGURES = {PREVIOUS, PLAN, Q1, M6, M9, YEAR, RATIO};

    /** The period a target column is for, or null. */
    Period period() {
        return switch (this) {
            case Q1 -> Period.Q1;
            case M6 -> Period.M6;
            case M9 -> Period.M9;
            case YEAR -> Period.YEAR;
            default -> null;
        };
    }

    /** The name in the register: the period's key for a target column. */
    String key() {
        return period() == null ? name() : period().key();
    }
}
