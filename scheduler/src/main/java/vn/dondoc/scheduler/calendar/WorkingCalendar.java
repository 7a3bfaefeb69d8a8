package vn.dondoc.scheduler.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Which days the offices work. Reminders and "N working days" deadlines count only these. */
public interface WorkingCalendar {

    boolean isWorkingDay(LocalDate date);

    /** The {@code n}-th working day after {@code from}; {@code from} itself is not counted. */
    default LocalDate plusWorkingDays(LocalDate from, int n) {
        if (n < 0) {
            return minusWorkingDays(from, -n);
        }
        LocalDate day = from;
        for (int found = 0; found < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                found++;
            }
        }
        return day;
    }

    /** The {@code n}-th working day before {@code from}; {@code from} itself is not counted. */
    default LocalDate minusWorkingDays(LocalDate from, int n) {
        if (n < 0) {
            return plusWorkingDays(from, -n);
        }
        LocalDate day = from;
        for (int found = 0; found < n; ) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                found++;
            }
        }
        return day;
    }

    /** How many working days fall from {@code first} to {@code last}, both included; 0 when {@code last} is before {@code first}. */
    default int countWorkingDays(LocalDate first, LocalDate last) {
        int n = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                n++;
            }
        }
        return n;
    }

    /** Monday to Friday, no holidays: for tests and for phrases parsed without a register. */
    static WorkingCalendar weekdays() {
        return date -> date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
