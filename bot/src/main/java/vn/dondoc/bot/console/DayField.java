package vn.dondoc.bot.console;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day typed into a console form as offices write it, 07/10/2024 (or 7/10/2024, or 2024-10-07). A text field, not
 * the browser's date picker: on a computer set to English the picker shows mm/dd/yyyy, and 07/10 would be July.
 */
final class DayField {

    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private DayField() {
    }

    /** The day, or empty when the text is not a real day (31/02/2024, "hôm nay", blank). */
    static Optional<LocalDate> parse(String text) {
        String value = text == null ? "" : text.strip();
        try {
            Matcher iso = ISO.matcher(value);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
            Matcher dayFirst = DAY_FIRST.matcher(value);
            if (dayFirst.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(dayFirst.group(3)), Integer.parseInt(dayFirst.group(2)),
                        Integer.parseInt(dayFirst.group(1))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
