package vn.dondoc.bot.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.register.OfficeZone;

/**
 * Every date option of the command line: dd/mm/yyyy as clerks write it (18/01/2024, 8/2/2024) or ISO
 * (2024-01-18); a moment is such a date with an optional time (18/01/2024 08:00, 2024-01-18T08:00) in office
 * time (+07:00), or ISO with an explicit offset or Z. Refused in one sentence in DONDOC_LANG. And the one way
 * a moment is printed back: office time, never UTC.
 */
final class OfficeDates {

    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern WITH_TIME = Pattern.compile("(\\S+)(?:[T ]|\\s+)(\\d{1,2}:\\d{2}(?::\\d{2})?)");
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private OfficeDates() {
    }

    /** A date, or null when {@code text} is not one. */
    static LocalDate date(String text) {
        String value = text.trim();
        try {
            Matcher m = DAY_FIRST.matcher(value);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            if (ISO_DAY.matcher(value).matches()) {
                return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT));
            }
        } catch (DateTimeException impossible) {
            return null;
        }
        return null;
    }

    /** A moment: an instant with an offset, or a date with or without a time in office time; null when not one. */
    static Moment moment(String text) {
        String value = text.trim();
        try {
            return new Moment(OffsetDateTime.parse(value).toInstant(), null);
        } catch (DateTimeException notOffset) {
            // Office time follows.
        }
        LocalDate day = date(value);
        if (day != null) {
            return new Moment(null, day);
        }
        Matcher m = WITH_TIME.matcher(value);
        if (m.matches() && date(m.group(1)) != null) {
            try {
                LocalTime time = LocalTime.parse(m.group(2).length() == 4 ? "0" + m.group(2) : m.group(2));
                return new Moment(LocalDateTime.of(date(m.group(1)), time).atZone(OfficeZone.ID).toInstant(), null);
            } catch (DateTimeException badTime) {
                return null;
            }
        }
        return null;
    }

    /** How a moment is printed back: dd/MM/yyyy HH:mm in office time. */
    static String print(Instant instant) {
        return PRINTED.format(instant.atZone(OfficeZone.ID));
    }

    /**
     * What was given for a moment: an exact instant, or only a day, which each command places at its own hour
     * (the digest at 07:30, reminders at their sending hour).
     */
    record Moment(Instant instant, LocalDate day) {

        Instant at(LocalTime hourForADay) {
            return instant != null ? instant : day.atTime(hourForADay).atZone(OfficeZone.ID).toInstant();
        }
    }

    /** {@code converter = OfficeDates.Day.class} on a LocalDate option. */
    static final class Day implements ITypeConverter<LocalDate> {

        private final Texts texts;

        Day(Texts texts) {
            this.texts = texts;
        }

        @Override
        public LocalDate convert(String value) {
            LocalDate date = date(value);
            if (date == null) {
                throw new TypeConversionException(texts.get("cli.badDate", value));
            }
            return date;
        }
    }

    /** {@code converter = OfficeDates.When.class} on a {@link Moment} option. */
    static final class When implements ITypeConverter<Moment> {

        private final Texts texts;

        When(Texts texts) {
            this.texts = texts;
        }

        @Override
        public Moment convert(String value) {
            Moment moment = moment(value);
            if (moment == null) {
                throw new TypeConversionException(texts.get("cli.badInstant", value));
            }
            return moment;
        }
    }
}
