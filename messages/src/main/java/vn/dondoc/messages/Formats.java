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

    public static String date(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public static String count(long n) {
        return NumberFormat.getIntegerInstance(VIETNAMESE).format(n);
    }
}
