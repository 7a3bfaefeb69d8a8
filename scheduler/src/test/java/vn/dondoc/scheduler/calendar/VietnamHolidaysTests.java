package vn.dondoc.scheduler.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static vn.dondoc.scheduler.calendar.Holiday.Kind.IN_LIEU;
import static vn.dondoc.scheduler.calendar.Holiday.Kind.PUBLIC;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VietnamHolidaysTests {

    @Test
    void tetFollowsTheVietnameseNotTheChineseCalendar() {
        // China (UTC+8) had Tết on 1985-02-20, 2007-02-18 and 2030-02-03.
        assertThat(VietnamHolidays.tet(1985)).isEqualTo("1985-01-21");
        assertThat(VietnamHolidays.tet(2007)).isEqualTo("2007-02-17");
        assertThat(VietnamHolidays.tet(2030)).isEqualTo("2030-02-02");
        assertThat(VietnamHolidays.of(2030)).contains(holiday("2030-02-02", "Tết Nguyên đán (mùng 1)", PUBLIC));
    }

    @Test
    void tetDatesOfRecentYears() {
        assertThat(VietnamHolidays.tet(2024)).isEqualTo("2024-02-10");
        assertThat(VietnamHolidays.tet(2025)).isEqualTo("2025-01-29");
        assertThat(VietnamHolidays.tet(2026)).isEqualTo("2026-02-17");
    }

    @Test
    void tetEveIsNamedAfterTheRealLastDayOfTheLunarYear() {
        assertThat(VietnamHolidays.of(2024)).contains(holiday("2024-02-09", "Tết Nguyên đán (30 tháng Chạp)", PUBLIC));
        // 2025 and 2022 had no "30 Tết".
        assertThat(VietnamHolidays.of(2025)).contains(holiday("2025-01-28", "Tết Nguyên đán (29 tháng Chạp)", PUBLIC));
        assertThat(VietnamHolidays.of(2022)).contains(holiday("2022-01-31", "Tết Nguyên đán (29 tháng Chạp)", PUBLIC));
    }

    @Test
    void gioToIsTheTenthDayOfTheThirdLunarMonth() {
        assertThat(VietnamHolidays.gioTo(2024)).isEqualTo("2024-04-18");
        assertThat(VietnamHolidays.gioTo(2025)).isEqualTo("2025-04-07");
        assertThat(VietnamHolidays.gioTo(2026)).isEqualTo("2026-04-26");
    }

    @Test
    void year2024IsTheRuleAppliedByHand() {
        assertThat(VietnamHolidays.of(2024)).containsExactly(
                holiday("2024-01-01", "Tết Dương lịch", PUBLIC),
                // Fri 9 to Tue 13; mùng 1 and 2 fall on the weekend, so Wed 14 and Thu 15 are in lieu.
                holiday("2024-02-09", "Tết Nguyên đán (30 tháng Chạp)", PUBLIC),
                holiday("2024-02-10", "Tết Nguyên đán (mùng 1)", PUBLIC),
                holiday("2024-02-11", "Tết Nguyên đán (mùng 2)", PUBLIC),
                holiday("2024-02-12", "Tết Nguyên đán (mùng 3)", PUBLIC),
                holiday("2024-02-13", "Tết Nguyên đán (mùng 4)", PUBLIC),
                holiday("2024-02-14", "Nghỉ bù Tết Nguyên đán (mùng 1)", IN_LIEU),
                holiday("2024-02-15", "Nghỉ bù Tết Nguyên đán (mùng 2)", IN_LIEU),
                holiday("2024-04-18", "Giỗ Tổ Hùng Vương (10/3 âm lịch)", PUBLIC),
                holiday("2024-04-30", "Ngày Chiến thắng (30/4)", PUBLIC),
                holiday("2024-05-01", "Ngày Quốc tế Lao động (1/5)", PUBLIC),
                // 2/9 is a Monday: the adjacent day 1/9 is a Sunday, so Tue 3/9 is in lieu.
                holiday("2024-09-01", "Quốc khánh (nghỉ liền kề)", PUBLIC),
                holiday("2024-09-02", "Quốc khánh (2/9)", PUBLIC),
                holiday("2024-09-03", "Nghỉ bù Quốc khánh (1/9)", IN_LIEU));
    }

    @Test
    void year2025IsTheRuleAppliedByHand() {
        assertThat(VietnamHolidays.of(2025)).containsExactly(
                holiday("2025-01-01", "Tết Dương lịch", PUBLIC),
                // Tue 28 Jan to Sat 1 Feb; mùng 4 on Saturday gives Monday 3 Feb.
                holiday("2025-01-28", "Tết Nguyên đán (29 tháng Chạp)", PUBLIC),
                holiday("2025-01-29", "Tết Nguyên đán (mùng 1)", PUBLIC),
                holiday("2025-01-30", "Tết Nguyên đán (mùng 2)", PUBLIC),
                holiday("2025-01-31", "Tết Nguyên đán (mùng 3)", PUBLIC),
                holiday("2025-02-01", "Tết Nguyên đán (mùng 4)", PUBLIC),
                holiday("2025-02-03", "Nghỉ bù Tết Nguyên đán (mùng 4)", IN_LIEU),
                holiday("2025-04-07", "Giỗ Tổ Hùng Vương (10/3 âm lịch)", PUBLIC),
                holiday("2025-04-30", "Ngày Chiến thắng (30/4)", PUBLIC),
                holiday("2025-05-01", "Ngày Quốc tế Lao động (1/5)", PUBLIC),
                // 2/9 is a Tuesday: Monday 1/9 joins it to the weekend.
                holiday("2025-09-01", "Quốc khánh (nghỉ liền kề)", PUBLIC),
                holiday("2025-09-02", "Quốc khánh (2/9)", PUBLIC));
    }

    @Test
    void holidayOnSaturdayGivesTheNextWorkingDayOff() {
        // 2/9/2023 was a Saturday; Friday 1/9 is the adjacent day; Monday 4/9 is in lieu.
        assertThat(VietnamHolidays.of(2023)).filteredOn(h -> h.date().getMonthValue() == 9).containsExactly(
                holiday("2023-09-01", "Quốc khánh (nghỉ liền kề)", PUBLIC),
                holiday("2023-09-02", "Quốc khánh (2/9)", PUBLIC),
                holiday("2023-09-04", "Nghỉ bù Quốc khánh (2/9)", IN_LIEU));
        assertThat(VietnamHolidays.of(2022)).contains(holiday("2022-01-03", "Nghỉ bù Tết Dương lịch", IN_LIEU));
    }

    @Test
    void holidayOnSundayGivesMondayOff() {
        assertThat(VietnamHolidays.of(2023)).contains(holiday("2023-01-02", "Nghỉ bù Tết Dương lịch", IN_LIEU));
        assertThat(VietnamHolidays.of(2026)).contains(
                holiday("2026-04-27", "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)", IN_LIEU));
    }

    @Test
    void inLieuDaysChainPastOtherHolidays() {
        // 2023: Giỗ Tổ Sat 29/4, 30/4 Sun, 1/5 Mon: in lieu skips 1/5 and lands on Tue 2/5, then Wed 3/5.
        assertThat(VietnamHolidays.of(2023)).filteredOn(h -> h.kind() == IN_LIEU && h.date().getMonthValue() == 5)
                .containsExactly(
                        holiday("2023-05-02", "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)", IN_LIEU),
                        holiday("2023-05-03", "Nghỉ bù Ngày Chiến thắng (30/4)", IN_LIEU));
        // 2022: 30/4 Sat and 1/5 Sun give Mon 2/5 and Tue 3/5, as the Government announced.
        assertThat(VietnamHolidays.of(2022)).filteredOn(h -> h.kind() == IN_LIEU && h.date().getMonthValue() == 5)
                .extracting(Holiday::date)
                .containsExactly(LocalDate.parse("2022-05-02"), LocalDate.parse("2022-05-03"));
        // 2023 Tết: 30 Chạp Sat and mùng 1 Sun give two days after the block that ends Wed 25/1.
        assertThat(VietnamHolidays.of(2023)).contains(
                holiday("2023-01-26", "Nghỉ bù Tết Nguyên đán (30 tháng Chạp)", IN_LIEU),
                holiday("2023-01-27", "Nghỉ bù Tết Nguyên đán (mùng 1)", IN_LIEU));
    }

    @Test
    void nationalDayTakesTheAdjacentDayTheGovernmentChose2021To2025() {
        assertThat(septemberDaysOff(2021)).containsExactly(2, 3);    // Thursday: 3/9 joins the weekend
        assertThat(septemberDaysOff(2022)).containsExactly(1, 2);    // Friday
        assertThat(septemberDaysOff(2023)).containsExactly(1, 2, 4); // Saturday, in lieu Monday
        assertThat(septemberDaysOff(2024)).containsExactly(1, 2, 3); // Monday; 1/9 Sunday, in lieu Tuesday
        assertThat(septemberDaysOff(2025)).containsExactly(1, 2);    // Tuesday
    }

    @Test
    void everySupportedYearIsSortedWithOneEntryPerDateAndInLieuOnFreeWeekdays() {
        for (int y = VietnamHolidays.FIRST_YEAR; y <= VietnamHolidays.LAST_YEAR; y++) {
            int year = y;
            List<Holiday> all = VietnamHolidays.of(year);
            List<LocalDate> dates = all.stream().map(Holiday::date).toList();
            assertThat(dates).as("%d", year).isSorted().doesNotHaveDuplicates()
                    .allMatch(date -> date.getYear() == year);
            long weekendHolidays = all.stream()
                    .filter(h -> h.kind() == PUBLIC && VietnamHolidays.isWeekend(h.date())).count();
            List<Holiday> inLieu = all.stream().filter(h -> h.kind() == IN_LIEU).toList();
            assertThat(inLieu).as("%d", year).hasSize((int) weekendHolidays)
                    .noneMatch(h -> VietnamHolidays.isWeekend(h.date()));
        }
    }

    @Test
    void holidaysOnTheSameDateShareOneEntry() {
        // In 1947 Giỗ Tổ fell on 30/4; the only such year from 1900 to 2200.
        assertThat(VietnamHolidays.of(1947)).contains(holiday("1947-04-30",
                "Giỗ Tổ Hùng Vương (10/3 âm lịch) và Ngày Chiến thắng (30/4)", PUBLIC));
        assertThat(VietnamHolidays.statutory(1947)).hasSize(10);
        assertThat(VietnamHolidays.statutory(2024)).hasSize(11);
    }

    @Test
    void rejectsYearsOutsideTheSupportedRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> VietnamHolidays.of(1899));
        assertThatIllegalArgumentException().isThrownBy(() -> VietnamHolidays.of(2201));
        assertThat(VietnamHolidays.of(1900)).isNotEmpty();
        assertThat(VietnamHolidays.of(2200)).isNotEmpty();
    }

    private static Set<Integer> septemberDaysOff(int year) {
        return VietnamHolidays.of(year).stream()
                .filter(h -> h.date().getMonthValue() == 9)
                .map(h -> h.date().getDayOfMonth())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static Holiday holiday(String date, String name, Holiday.Kind kind) {
        return new Holiday(LocalDate.parse(date), name, kind);
    }
}
