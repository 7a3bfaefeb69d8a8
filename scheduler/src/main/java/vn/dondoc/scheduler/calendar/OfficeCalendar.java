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
 * The working days of one office: {@link VietnamHolidays}' rule, replaced occasion by occasion by the
 * Government's {@link AnnouncedSchedules}, overridden by what the office loaded. Immutable and thread-safe;
 * each year is computed once, as reminder planning asks about many dates.
 *
 * <p>Office days win outright: making a statutory day working does not move its day in lieu.
 */
public final class OfficeCalendar implements WorkingCalendar {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final AnnouncedSchedules announced;
    private final Map<LocalDate, OfficeDay> officeDays;
    private final Map<Integer, Year> years = new ConcurrentHashMap<>();

    /** The rule, the shipped announced schedules, and {@code officeDays}. */
    public OfficeCalendar(Collection<OfficeDay> officeDays) {
        this(AnnouncedSchedules.bundled(), officeDays);
    }

    /**
     * @throws IllegalArgumentException if one date is loaded twice with different contents: a caller's mistake,
     *     since the register keeps one row per date ({@link OfficeDays#save})
     */
    public OfficeCalendar(AnnouncedSchedules announced, Collection<OfficeDay> officeDays) {
        this.announced = announced;
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

    /** The rule and the office's days only, as if the Government had announced nothing. */
    public static OfficeCalendar ruleOnly(Collection<OfficeDay> officeDays) {
        return new OfficeCalendar(AnnouncedSchedules.none(), officeDays);
    }

    /** @throws IllegalArgumentException for a weekday outside the years {@link VietnamHolidays} supports */
    @Override
    public boolean isWorkingDay(LocalDate date) {
        OfficeDay office = officeDays.get(date);
        if (office != null) {
            return office.working();
        }
        Year year = year(date.getYear());
        if (year.workingDates().contains(date)) {
            return true;
        }
        if (VietnamHolidays.isWeekend(date)) {
            return false;
        }
        return !year.offDates().contains(date);
    }

    /**
     * The days off of {@code year}: the rule's, the announced schedule's (weekend days inside an announced
     * period included, as the announcement states the period) and the office's, without the dates the office
     * made working; sorted, each date once, the office's name where the office shares a date.
     */
    public List<Holiday> daysOff(int year) {
        return year(year).daysOff();
    }

    /** Make-up working days of the announced schedule and days the office loaded as working, sorted. */
    public List<WorkingDay> workingDays(int year) {
        return year(year).workingDays();
    }

    /** Whether the Government's schedule for {@code year} is known: shipped, or the office loaded days of that year. */
    public boolean scheduleKnown(int year) {
        return announced.has(year) || officeDays.keySet().stream().anyMatch(d -> d.getYear() == year);
    }

    private Year year(int year) {
        return years.computeIfAbsent(year, this::computeYear);
    }

    private Year computeYear(int year) {
        AnnouncedSchedules.Year schedule = announced.year(year);
        // TreeMaps: sorted by date, one entry per date, and a later put (announced, then the office's) replaces.
        TreeMap<LocalDate, Holiday> off = new TreeMap<>();
        TreeMap<LocalDate, WorkingDay> working = new TreeMap<>();
        VietnamHolidays.withOccasions(year).stream()
                .filter(d -> !schedule.occasions().contains(d.occasion()))
                .forEach(d -> off.put(d.holiday().date(), d.holiday()));
        schedule.daysOff().forEach(h -> off.put(h.date(), h));
        schedule.workingDays().forEach(w -> {
            off.remove(w.date());
            working.put(w.date(), w);
        });
        officeDays.values().stream()
                .filter(day -> day.date().getYear() == year)
                .forEach(day -> {
                    if (day.working()) {
                        off.remove(day.date());
                        working.put(day.date(), new WorkingDay(day.date(), day.name(), null));
                    } else {
                        working.remove(day.date());
                        off.put(day.date(), new Holiday(day.date(), day.name(), Holiday.Kind.OFFICE));
                    }
                });
        Set<LocalDate> workingDates = Set.copyOf(working.keySet());
        return new Year(List.copyOf(off.values()), Set.copyOf(off.keySet()), List.copyOf(working.values()), workingDates);
    }

    private record Year(List<Holiday> daysOff, Set<LocalDate> offDates, List<WorkingDay> workingDays,
                        Set<LocalDate> workingDates) {
    }
}
