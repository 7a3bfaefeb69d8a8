package vn.dondoc.scheduler.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The working days of one office: {@link VietnamHolidays}' rule, overridden by what the office loaded.
 * Immutable and thread-safe; each year is computed once, as reminder planning asks about many dates.
 *
 * <p>Office days win outright: making a statutory day working does not move its day in lieu. An office
 * that loads the Government's schedule should load all of it (days off and make-up days).
 */
public final class OfficeCalendar implements WorkingCalendar {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Map<LocalDate, OfficeDay> officeDays;
    private final Map<Integer, Year> years = new ConcurrentHashMap<>();

    /**
     * @throws IllegalArgumentException if one date is loaded twice with different contents: a caller's mistake,
     *     since the register keeps one row per date ({@link OfficeDays#save})
     */
    public OfficeCalendar(Collection<OfficeDay> officeDays) {
        Map<LocalDate, OfficeDay> byDate = new HashMap<>();
        for (OfficeDay day : officeDays) {
            OfficeDay earlier = byDate.putIfAbsent(day.date(), day);
            if (earlier != null && !earlier.equals(day)) {
                throw new IllegalArgumentException("Date " + DAY.format(day.date())
                        + " loaded twice differently: \"" + earlier.name() + "\" and \"" + day.name() + "\"");
            }
        }
        this.officeDays = Map.copyOf(byDate);
    }

    /** @throws IllegalArgumentException for a weekday outside the years {@link VietnamHolidays} supports */
    @Override
    public boolean isWorkingDay(LocalDate date) {
        OfficeDay office = officeDays.get(date);
        if (office != null) {
            return office.working();
        }
        if (VietnamHolidays.isWeekend(date)) {
            return false;
        }
        return !year(date.getYear()).offDates().contains(date);
    }

    /**
     * Statutory days, days in lieu and office days off of {@code year}, without the dates the office made
     * working; sorted, each date once, the office's name where the office and the rule share a date.
     */
    public List<Holiday> daysOff(int year) {
        return year(year).daysOff();
    }

    private Year year(int year) {
        return years.computeIfAbsent(year, this::computeYear);
    }

    private Year computeYear(int year) {
        // TreeMap: sorted by date, one entry per date, and a later put (the office's) replaces the rule's.
        TreeMap<LocalDate, Holiday> off = new TreeMap<>();
        VietnamHolidays.of(year).forEach(h -> off.put(h.date(), h));
        officeDays.values().stream()
                .filter(day -> day.date().getYear() == year)
                .forEach(day -> {
                    if (day.working()) {
                        off.remove(day.date());
                    } else {
                        off.put(day.date(), new Holiday(day.date(), day.name(), Holiday.Kind.OFFICE));
                    }
                });
        return new Year(List.copyOf(off.values()), Set.copyOf(off.keySet()));
    }

    private record Year(List<Holiday> daysOff, Set<LocalDate> offDates) {
    }
}
