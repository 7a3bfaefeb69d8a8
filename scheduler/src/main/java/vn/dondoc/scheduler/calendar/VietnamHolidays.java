package vn.dondoc.scheduler.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.time4j.PlainDate;
import net.time4j.calendar.EastAsianMonth;
import net.time4j.calendar.VietnameseCalendar;

/**
 * The statutory days off for civil servants (who rest on Saturday and Sunday) under the Labor Code
 * 2019 (Bộ luật Lao động 45/2019/QH14), art. 112, with the days in lieu of art. 111(3).
 *
 * <p>This is the rule, not the Government's yearly announcement: the Prime Minister fixes the exact
 * Tết days and often swaps days with make-up Saturdays. The announced years ship as {@link AnnouncedSchedules},
 * offices load the rest as {@link OfficeDay}s, and {@link OfficeCalendar} lets both win over the rule. Any year 1900–2200 is computed with today's rule (two days
 * of Quốc khánh date from the 2019 code), so years before 2021 are only an approximation.
 */
public final class VietnamHolidays {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2200;
    private static final String NATIONAL_DAY_NEIGHBOUR = "Quốc khánh (nghỉ liền kề)";

    private VietnamHolidays() {
    }

    /** Statutory days and days in lieu of {@code year}, sorted by date, each date once. */
    public static List<Holiday> of(int year) {
        return withOccasions(year).stream().map(RuleDay::holiday).toList();
    }

    /** A day of the rule with the holiday it belongs to, so an announced schedule can replace that holiday's days. */
    record RuleDay(Holiday holiday, Occasion occasion) {
    }

    /** {@link #of}, each day with its occasion; a day in lieu belongs to the holiday it replaces. */
    static List<RuleDay> withOccasions(int year) {
        List<RuleDay> statutory = statutoryDays(year);
        Set<LocalDate> off = new HashSet<>();
        statutory.forEach(d -> off.add(d.holiday().date()));
        List<RuleDay> all = new ArrayList<>(statutory);
        // In date order, so a block (Tết) with two weekend days gets its two days in lieu after the block,
        // and a later holiday's day in lieu skips the earlier ones.
        for (RuleDay statutoryDay : statutory) {
            Holiday holiday = statutoryDay.holiday();
            if (isWeekend(holiday.date())) {
                LocalDate day = holiday.date().plusDays(1);
                while (isWeekend(day) || off.contains(day)) {
                    day = day.plusDays(1);
                }
                off.add(day);
                all.add(new RuleDay(new Holiday(day, inLieuName(holiday), Holiday.Kind.IN_LIEU), statutoryDay.occasion()));
            }
        }
        all.sort(Comparator.comparing(d -> d.holiday().date()));
        return List.copyOf(all);
    }

    /** The art. 112 days of {@code year}, sorted; two holidays on one date share one entry (only 1947 in range). */
    static List<Holiday> statutory(int year) {
        return statutoryDays(year).stream().map(RuleDay::holiday).toList();
    }

    private static List<RuleDay> statutoryDays(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("Year " + year + " is outside " + FIRST_YEAR + "–" + LAST_YEAR);
        }
        Map<LocalDate, String> days = new LinkedHashMap<>();
        Map<LocalDate, Occasion> occasions = new LinkedHashMap<>();
        add(days, occasions, LocalDate.of(year, Month.JANUARY, 1), "Tết Dương lịch", Occasion.NEW_YEAR);

        LocalDate tet = tet(year);
        add(days, occasions, tet.minusDays(1), "Tết Nguyên đán (" + lastDayOfLunarYear(year) + " tháng Chạp)", Occasion.TET);
        for (int i = 0; i < 4; i++) {
            add(days, occasions, tet.plusDays(i), "Tết Nguyên đán (mùng " + (i + 1) + ")", Occasion.TET);
        }

        add(days, occasions, gioTo(year), "Giỗ Tổ Hùng Vương (10/3 âm lịch)", Occasion.GIO_TO);
        add(days, occasions, LocalDate.of(year, Month.APRIL, 30), "Ngày Chiến thắng (30/4)", Occasion.VICTORY_AND_LABOUR_DAY);
        add(days, occasions, LocalDate.of(year, Month.MAY, 1), "Ngày Quốc tế Lao động (1/5)", Occasion.VICTORY_AND_LABOUR_DAY);

        LocalDate nationalDay = LocalDate.of(year, Month.SEPTEMBER, 2);
        add(days, occasions, nationalDay, "Quốc khánh (2/9)", Occasion.NATIONAL_DAY);
        add(days, occasions, nationalDayNeighbour(nationalDay), NATIONAL_DAY_NEIGHBOUR, Occasion.NATIONAL_DAY);

        List<RuleDay> holidays = new ArrayList<>();
        days.forEach((date, name) -> holidays.add(new RuleDay(new Holiday(date, name, Holiday.Kind.PUBLIC), occasions.get(date))));
        holidays.sort(Comparator.comparing(d -> d.holiday().date()));
        return holidays;
    }

    /** Mùng 1 Tết: Time4J's Vietnamese calendar uses Vietnam's meridian (UTC+7 since 1968), not China's. */
    static LocalDate tet(int year) {
        return toLocalDate(VietnameseCalendar.ofTet(year));
    }

    /** Giỗ Tổ Hùng Vương: 10th day of the (non-leap) 3rd lunar month. */
    static LocalDate gioTo(int year) {
        VietnameseCalendar day = VietnameseCalendar.ofTet(year)
                .with(VietnameseCalendar.MONTH_OF_YEAR, EastAsianMonth.valueOf(3))
                .with(VietnameseCalendar.DAY_OF_MONTH, 10);
        return toLocalDate(day);
    }

    /** 29 or 30: the lunar day of the eve of Tết, which offices call by that number. */
    static int lastDayOfLunarYear(int year) {
        // Through PlainDate: Time4J counts epoch days differently from java.time.
        VietnameseCalendar eve = PlainDate.from(tet(year).minusDays(1)).transform(VietnameseCalendar.axis());
        return eve.getDayOfMonth();
    }

    /**
     * Art. 112 gives 2/9 "and one adjacent day before or after", chosen each year by the Prime Minister.
     * The chosen day has always joined 2/9 to the weekend where one side can: 3/9 when 2/9 is a Thursday
     * (2021: Thu–Fri), otherwise 1/9 (2022: Thu–Fri; 2023: Fri, Sat, in lieu Mon 4/9; 2024: Sun, Mon, in lieu
     * Tue 3/9 — the same days off as the official 2/9–3/9; 2025: Mon–Tue).
     */
    private static LocalDate nationalDayNeighbour(LocalDate nationalDay) {
        return nationalDay.getDayOfWeek() == DayOfWeek.THURSDAY ? nationalDay.plusDays(1) : nationalDay.minusDays(1);
    }

    /** Says which holiday the day replaces; "nghỉ bù … (nghỉ liền kề)" would read oddly, so that one gets its date. */
    private static String inLieuName(Holiday holiday) {
        if (holiday.name().equals(NATIONAL_DAY_NEIGHBOUR)) {
            LocalDate date = holiday.date();
            return "Nghỉ bù Quốc khánh (" + date.getDayOfMonth() + "/" + date.getMonthValue() + ")";
        }
        return "Nghỉ bù " + holiday.name();
    }

    private static void add(Map<LocalDate, String> days, Map<LocalDate, Occasion> occasions, LocalDate date, String name,
                            Occasion occasion) {
        // Giỗ Tổ can fall on 30/4 (1947): one date, one day off, both names (the first holiday's occasion).
        days.merge(date, name, (first, second) -> first + " và " + second);
        occasions.putIfAbsent(date, occasion);
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    private static LocalDate toLocalDate(VietnameseCalendar date) {
        return date.transform(PlainDate.axis()).toTemporalAccessor();
    }
}
