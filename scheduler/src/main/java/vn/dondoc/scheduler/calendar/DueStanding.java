package vn.dondoc.scheduler.calendar;

import java.time.LocalDate;

/**
 * Where a day stands against a due date, in working days: the one number every message shows (reminders,
 * escalations, the digest, the bot's lists), always counted for the day it is read, never for a planned one.
 * <ul>
 * <li>{@link Kind#AHEAD}: {@code workingDays} from that day up to the day before the due date ("còn N ngày làm việc");
 * <li>{@link Kind#DUE_TODAY}: the due date itself ("hạn hôm nay"), {@code workingDays} 0;
 * <li>{@link Kind#OVERDUE}: {@code workingDays} after the due date up to that day ("quá hạn N ngày làm việc").
 * </ul>
 */
public record DueStanding(Kind kind, int workingDays) {

    public enum Kind { AHEAD, DUE_TODAY, OVERDUE }

    public static DueStanding on(LocalDate day, LocalDate due, WorkingCalendar calendar) {
        if (day.isBefore(due)) {
            return new DueStanding(Kind.AHEAD, calendar.countWorkingDays(day, due.minusDays(1)));
        }
        if (day.equals(due)) {
            return new DueStanding(Kind.DUE_TODAY, 0);
        }
        return new DueStanding(Kind.OVERDUE, calendar.countWorkingDays(due.plusDays(1), day));
    }
}
