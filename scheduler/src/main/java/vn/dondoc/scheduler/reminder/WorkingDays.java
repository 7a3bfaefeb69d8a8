package vn.dondoc.scheduler.reminder;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import vn.dondoc.scheduler.calendar.WorkingCalendar;

/**
 * The office calendar's answers, remembered for one planning pass: a hundred thousand milestones
 * share a few hundred due dates, so each question is worked out once. Not thread-safe; one per pass.
 */
final class WorkingDays {

    private final WorkingCalendar calendar;
    private final Map<Shift, LocalDate> shifted = new HashMap<>();
    private final Map<LocalDate, Integer> countsTo = new HashMap<>();
    private final Map<LocalDate, Boolean> working = new HashMap<>();
    private LocalDate countEnd;

    WorkingDays(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    boolean isWorkingDay(LocalDate date) {
        return working.computeIfAbsent(date, calendar::isWorkingDay);
    }

    /** The {@code n}-th working day before ({@code n} < 0) or after {@code from}, {@code from} not counted. */
    LocalDate shift(LocalDate from, int n) {
        return shifted.computeIfAbsent(new Shift(from, n), k -> n >= 0 ? calendar.plusWorkingDays(from, n) : calendar.minusWorkingDays(from, -n));
    }

    /** {@code date} if it is a working day, else the next one. */
    LocalDate onOrAfter(LocalDate date) {
        return isWorkingDay(date) ? date : shift(date, 1);
    }

    /** {@code date} if it is a working day, else the last one before it. */
    LocalDate onOrBefore(LocalDate date) {
        return isWorkingDay(date) ? date : shift(date, -1);
    }

    /** How many working days fall after {@code from} up to {@code end} inclusive; one {@code end} per pass. */
    int countBetween(LocalDate from, LocalDate end) {
        if (!from.isBefore(end)) {
            return 0;
        }
        if (!end.equals(countEnd)) {
            countsTo.clear();
            countEnd = end;
        }
        return countsTo.computeIfAbsent(from, f -> {
            int n = 0;
            for (LocalDate d = f.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
                if (isWorkingDay(d)) {
                    n++;
                }
            }
            return n;
        });
    }

    private record Shift(LocalDate from, int n) {
    }
}
