package vn.dondoc.scheduler.importing;

import java.util.regex.Pattern;
import vn.dondoc.scheduler.text.VietnameseText;

/** What a column of an assigning document holds, recognised by its header however it is worded. */
enum ColumnRole {
    ITEM,
    TITLE,
    LEAD,
    COOPERATING,
    DEADLINE;

    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern ITEM_HEADER = Pattern.compile("s?tt|so tt|so thu tu|thu tu");

    /**
     * The role of a header cell, or null. Checked in this order because headers combine words:
     * "Cơ quan chủ trì, phối hợp" leads; "Thời gian thực hiện" is a deadline, not a task.
     */
    static ColumnRole of(String header) {
        String h = NOT_LETTERS.matcher(VietnameseText.fold(header == null ? "" : header)).replaceAll(" ").trim();
        if (h.isEmpty()) {
            return null;
        }
        if (ITEM_HEADER.matcher(h).matches()) {
            return ITEM;
        }
        if (h.contains("chu tri") || h.matches("(co quan|don vi|co quan don vi)( thuc hien| duoc giao| phu trach)?")
                || h.contains("phan cong")) {
            return LEAD;
        }
        if (h.contains("phoi hop")) {
            return COOPERATING;
        }
        if (h.contains("thoi gian") || h.contains("thoi han") || h.contains("tien do") || h.equals("han")
                || h.startsWith("han ") || h.contains("han hoan thanh")) {
            return DEADLINE;
        }
        if (h.contains("noi dung") || h.contains("nhiem vu") || h.contains("cong viec") || h.startsWith("ten ")
                || h.contains("de an")) {
            return TITLE;
        }
        return null;
    }
}
