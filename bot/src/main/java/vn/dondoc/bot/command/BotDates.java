package vn.dondoc.bot.command;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as people type them: 30/04/2024, 3/5/2024, 30-04-2024, 30.04.2024. */
final class BotDates {

    private static final Pattern DATE = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

    sealed interface Parsed {
    }

    record Valid(LocalDate date) implements Parsed {
    }

    /** Looks like a date but is not one (31/02/2024, 12/13/2024). */
    record Impossible(String text) implements Parsed {
    }

    record NotADate(String text) implements Parsed {
    }

    private BotDates() {
    }

    static Parsed parse(String text) {
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return new NotADate(text);
        }
        try {
            return new Valid(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
        } catch (DateTimeException e) {
            return new Impossible(text);
        }
    }
}
