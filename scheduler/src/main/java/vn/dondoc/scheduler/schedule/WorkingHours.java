package vn.dondoc.scheduler.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.function.Supplier;
import vn.dondoc.scheduler.calendar.WorkingCalendar;

/**
 * When dondoc may write to people on its own: working days (the office calendar, read fresh so that
 * days loaded while running count) between {@code from} and {@code until}, office time.
 */
public record WorkingHours(Supplier<WorkingCalendar> calendar, LocalTime from, LocalTime until, ZoneId zone) {

    public boolean contains(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        return calendar.get().isWorkingDay(local.toLocalDate())
                && !local.toLocalTime().isBefore(from) && local.toLocalTime().isBefore(until);
    }
}
