package vn.dondoc.scheduler.deadline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;

/**
 * A date or a calendar period whose end is the milestone: "15/4", "tháng 3", "quý II", "6 tháng đầu năm".
 * The year may be missing until the assembler settles it (a later list item's year, else the plan year).
 *
 * @param unit   what {@code number} counts
 * @param number the month (DATE, MONTH), the quarter (QUARTER), or the month whose end closes the
 *               part of the year (YEAR: 12 for "năm 2024", 6 for "6 tháng đầu năm")
 * @param day    the day of the month, for DATE only
 * @param part   for MONTH and QUARTER: the early, middle or late third
 * @param year   null while not written
 */
record FixedPeriod(Unit unit, int number, int day, Part part, Integer year) implements Term {

    enum Unit { DATE, MONTH, QUARTER, YEAR }

    /**
     * Offices read a month in three 10-day "tuần" (thượng/trung/hạ tuần, i.e. đầu/giữa/cuối tháng), so
     * "đầu tháng 3" ends on the 10th and "giữa tháng 3" on the 20th. A quarter is read in its three
     * months: "đầu quý III" ends with July, "giữa quý III" with August.
     */
    enum Part { EARLY, MIDDLE, LATE }

    static FixedPeriod date(int day, int month, Integer year) {
        // What no year can make valid (32/1, 31/4, 15/13) is refused at once; 29/02 waits for its year.
        if (month < 1 || month > 12 || day < 1 || day > Month.of(month).maxLength()) {
            throw impossibleDate(day, month, year);
        }
        FixedPeriod date = new FixedPeriod(Unit.DATE, month, day, Part.LATE, year);
        if (year != null) {
            date.end(year);
        }
        return date;
    }

    static FixedPeriod month(int month, Part part, Integer year) {
        return new FixedPeriod(Unit.MONTH, month, 0, part, year);
    }

    static FixedPeriod quarter(int quarter, Part part, Integer year) {
        return new FixedPeriod(Unit.QUARTER, quarter, 0, part, year);
    }

    /** The year up to the end of {@code lastMonth}: "năm 2024" is (12, 2024), "6 tháng đầu năm" is (6, null). */
    static FixedPeriod yearUpTo(int lastMonth, Integer year) {
        return new FixedPeriod(Unit.YEAR, lastMonth, 0, Part.LATE, year);
    }

    /** The same period in no year yet: the anchor of a yearly duty. */
    FixedPeriod withoutYear() {
        return new FixedPeriod(unit, number, day, part, null);
    }

    FixedPeriod withYear(int newYear) {
        return new FixedPeriod(unit, number, day, part, newYear);
    }

    /**
     * The period a bare number after this one names: "Tháng 6,7" → month 7, "quý I, II" → quarter 2,
     * "năm 2024-2025" → year 2025. The unit and the part ("cuối tháng 3, 6") carry over.
     */
    FixedPeriod sibling(int value, Integer newYear) {
        if (unit == Unit.YEAR) {
            return new FixedPeriod(unit, number, day, part, value);
        }
        return new FixedPeriod(unit, value, day, part, newYear);
    }

    /** The milestone: the date itself, or the last day of the period, in the written or the given year. */
    LocalDate end(int fallbackYear) {
        int y = year != null ? year : fallbackYear;
        switch (unit) {
            case DATE:
                try {
                    return LocalDate.of(y, number, day);
                } catch (DateTimeException e) {
                    throw impossibleDate(day, number, y);
                }
            case MONTH:
                YearMonth month = YearMonth.of(y, number);
                switch (part) {
                    case EARLY:
                        return month.atDay(10);
                    case MIDDLE:
                        return month.atDay(20);
                    default:
                        return month.atEndOfMonth();
                }
            case QUARTER:
                return YearMonth.of(y, number * 3 - 2 + part.ordinal()).atEndOfMonth();
            default:
                return YearMonth.of(y, number).atEndOfMonth();
        }
    }

    private static ParseProblem impossibleDate(int day, int month, Integer year) {
        String written = year == null
                ? String.format("%02d/%02d", day, month)
                : String.format("%02d/%02d/%d", day, month, year);
        return new ParseProblem(DeadlineError.IMPOSSIBLE_DATE, written);
    }
}
