package vn.dondoc.scheduler.calendar;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.register.RegisterDatabase;

/**
 * The office's days off, as the console changes them: read a year, add a day off, remove one the office added.
 * The Labour Code's holidays and the Government's announced schedule are not the office's to remove. Each action
 * is one transaction. Reminders already planned keep their dates; the next pass plans with the new calendar.
 */
@Service
public class HolidayActions {

    private final RegisterDatabase db;
    private final OfficeDays officeDays;

    public HolidayActions(RegisterDatabase db, OfficeDays officeDays) {
        this.db = db;
        this.officeDays = officeDays;
    }

    public HolidayYear year(int year) {
        checkYear(year);
        return db.inTransaction(() -> {
            OfficeCalendar calendar = officeDays.calendar();
            return new HolidayYear(year, calendar.daysOff(year), calendar.workingDays(year), calendar.scheduleKnown(year));
        });
    }

    /**
     * Adds {@code date} as a day off named {@code name} (a generic name when blank); a day the office added before
     * is renamed. A date that is off already (a holiday, a weekend) is refused: adding it would change nothing.
     */
    public OfficeDay addDayOff(LocalDate date, String name) {
        checkYear(date.getYear());
        return db.inTransaction(() -> {
            OfficeCalendar calendar = officeDays.calendar();
            if (officeDay(date).isEmpty() && !calendar.isWorkingDay(date)) {
                throw new DondocException(HolidayError.ALREADY_OFF, date);
            }
            OfficeDay day = new OfficeDay(date, name, false);
            officeDays.save(day);
            return day;
        });
    }

    /** Removes a day the office loaded (a day off, or a working day); returns what was loaded. */
    public OfficeDay remove(LocalDate date) {
        checkYear(date.getYear());
        return db.inTransaction(() -> {
            Optional<OfficeDay> loaded = officeDay(date);
            if (loaded.isEmpty()) {
                Optional<Holiday> off = officeDays.calendar().daysOff(date.getYear()).stream()
                        .filter(h -> h.date().equals(date)).findFirst();
                throw off.map(h -> new DondocException(HolidayError.NOT_THE_OFFICES, date, h.name()))
                        .orElseGet(() -> new DondocException(HolidayError.NOT_A_DAY_OFF, date));
            }
            officeDays.remove(date);
            return loaded.get();
        });
    }

    /** What the office loaded for {@code date}: a day off it added, or a working day. */
    private Optional<OfficeDay> officeDay(LocalDate date) {
        return officeDays.all().stream().filter(d -> d.date().equals(date)).findFirst();
    }

    private static void checkYear(int year) {
        if (year < VietnamHolidays.FIRST_YEAR || year > VietnamHolidays.LAST_YEAR) {
            throw new DondocException(HolidayError.YEAR, year);
        }
    }
}
