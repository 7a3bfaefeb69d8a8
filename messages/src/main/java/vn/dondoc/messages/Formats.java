package vn.dondoc.messages;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and counts as Vietnamese offices write them: 05/02/2024, 1.234. */
public final class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private Formats() {
    }

    /**
     * At most {@code max} characters of a value echoed back (a cell, a phrase): a 10,000-character cell is
     * shown by its start, not whole.
     */
    public static String clip(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max) + "…";
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public static String count(long n) {
        return NumberFormat.getIntegerInstance(VIETNAMESE).format(n);
    }
}
