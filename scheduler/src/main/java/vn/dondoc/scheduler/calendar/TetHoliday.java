package vn.dondoc.scheduler.calendar;

import java.time.LocalDate;

/**
 * The Tết holiday of one lunar year as a calendar knows it: the days off around mùng 1 in one stretch (the announced
 * schedule when there is one, else the Labour Code's days with their days in lieu, and the weekends that join them).
 * A calendar that knows no holidays ({@link WorkingCalendar#weekdays()}) gives mùng 1 alone when it is a weekday.
 *
 * @param year  the Gregorian year in which this Tết falls (Tết Giáp Thìn: 2024)
 * @param first the first day off
 * @param last  the last day off
 */
public record TetHoliday(int year, LocalDate first, LocalDate last) {

    /** The stretch of days off around mùng 1 of {@code year}'s Tết in {@code calendar}. */
    public static TetHoliday of(WorkingCalendar calendar, int year) {
        LocalDate tet = VietnamHolidays.tet(year);
        LocalDate first = tet;
        while (!calendar.isWorkingDay(first.minusDays(1))) {
            first = first.minusDays(1);
        }
        LocalDate last = tet;
        while (!calendar.isWorkingDay(last.plusDays(1))) {
            last = last.plusDays(1);
        }
        return new TetHoliday(year, first, last);
    }

    /** The year of the first Tết (mùng 1) after {@code day}. */
    public static int firstAfter(LocalDate day) {
        return VietnamHolidays.tet(day.getYear()).isAfter(day) ? day.getYear() : day.getYear() + 1;
    }
}
