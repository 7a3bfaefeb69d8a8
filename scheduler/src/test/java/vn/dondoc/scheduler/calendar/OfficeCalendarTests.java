package vn.dondoc.scheduler.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static vn.dondoc.scheduler.calendar.Holiday.Kind.IN_LIEU;
import static vn.dondoc.scheduler.calendar.Holiday.Kind.OFFICE;
import static vn.dondoc.scheduler.calendar.Holiday.Kind.PUBLIC;
import static vn.dondoc.scheduler.calendar.VietnamHolidaysTests.holiday;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OfficeCalendarTests {

    private static final OfficeCalendar RULE_ONLY = OfficeCalendar.ruleOnly(List.of());

    // The shape of the Government's 2024 announcement for civil servants: Tết from Thu 8/2 to Wed 14/2,
    // and Mon 29/4 off in exchange for working Sat 4/5.
    private static final List<OfficeDay> GOVERNMENT_2024 = List.of(
            new OfficeDay(date("2024-02-08"), "Nghỉ Tết Nguyên đán (28 tháng Chạp)", false),
            new OfficeDay(date("2024-02-15"), "Đi làm lại sau Tết", true),
            new OfficeDay(date("2024-04-29"), "Nghỉ hoán đổi (làm bù thứ Bảy 4/5)", false),
            new OfficeDay(date("2024-05-04"), "Làm bù cho ngày 29/4", true));

    @Test
    void ruleDaysAndWeekendsAreNotWorkingDays() {
        assertThat(RULE_ONLY.isWorkingDay(date("2024-02-08"))).isTrue();
        assertThat(RULE_ONLY.isWorkingDay(date("2024-02-12"))).isFalse();   // mùng 3, Monday
        assertThat(RULE_ONLY.isWorkingDay(date("2024-02-15"))).isFalse();   // in lieu
        assertThat(RULE_ONLY.isWorkingDay(date("2024-02-16"))).isTrue();
        assertThat(RULE_ONLY.isWorkingDay(date("2024-02-17"))).isFalse();   // Saturday
        assertThat(RULE_ONLY.isWorkingDay(date("2024-04-18"))).isFalse();   // Giỗ Tổ
        assertThat(RULE_ONLY.isWorkingDay(date("2024-09-03"))).isFalse();   // in lieu of Sunday 1/9
        assertThat(RULE_ONLY.daysOff(2024)).isEqualTo(VietnamHolidays.of(2024));
    }

    @Test
    void countsWorkingDaysAcrossTet() {
        // Before Fri 16/2/2024: Thu 15 and Wed 14 are in lieu, 9–13 is Tết, so Thu 8, Wed 7, Tue 6.
        assertThat(RULE_ONLY.minusWorkingDays(date("2024-02-16"), 3)).isEqualTo("2024-02-06");
        assertThat(RULE_ONLY.plusWorkingDays(date("2024-02-06"), 3)).isEqualTo("2024-02-16");
        assertThat(RULE_ONLY.plusWorkingDays(date("2024-02-08"), 1)).isEqualTo("2024-02-16");
        assertThat(RULE_ONLY.plusWorkingDays(date("2024-02-16"), -3)).isEqualTo("2024-02-06");
    }

    @Test
    void officeDayOffMakesAWeekdayOff() {
        OfficeCalendar office = OfficeCalendar.ruleOnly(GOVERNMENT_2024);
        assertThat(office.isWorkingDay(date("2024-02-08"))).isFalse();
        assertThat(office.isWorkingDay(date("2024-04-29"))).isFalse();
        assertThat(office.plusWorkingDays(date("2024-02-07"), 1)).isEqualTo("2024-02-15");
        assertThat(RULE_ONLY.plusWorkingDays(date("2024-02-07"), 1)).isEqualTo("2024-02-08");
    }

    @Test
    void officeWorkingDayOverridesTheRuleAndTheWeekend() {
        OfficeCalendar office = OfficeCalendar.ruleOnly(GOVERNMENT_2024);
        assertThat(office.isWorkingDay(date("2024-02-15"))).isTrue();       // was in lieu
        assertThat(office.isWorkingDay(date("2024-05-04"))).isTrue();       // make-up Saturday
        assertThat(office.minusWorkingDays(date("2024-05-06"), 1)).isEqualTo("2024-05-04");
    }

    @Test
    void daysOffIsSortedWithEachDateOnceAndOfficeNameWins() {
        OfficeCalendar office = OfficeCalendar.ruleOnly(List.of(
                new OfficeDay(date("2024-09-02"), "Quốc khánh – nghỉ theo thông báo của tỉnh", false),
                new OfficeDay(date("2024-03-26"), "Nghỉ theo quyết định của UBND tỉnh", false)));
        List<Holiday> daysOff = office.daysOff(2024);

        assertThat(daysOff).extracting(Holiday::date).isSorted().doesNotHaveDuplicates();
        assertThat(daysOff).hasSize(VietnamHolidays.of(2024).size() + 1)
                .contains(holiday("2024-03-26", "Nghỉ theo quyết định của UBND tỉnh", OFFICE),
                        holiday("2024-09-02", "Quốc khánh – nghỉ theo thông báo của tỉnh", OFFICE))
                .doesNotContain(holiday("2024-09-02", "Quốc khánh (2/9)", PUBLIC));
    }

    @Test
    void daysOffLeavesOutDatesTheOfficeMadeWorking() {
        List<Holiday> daysOff = OfficeCalendar.ruleOnly(GOVERNMENT_2024).daysOff(2024);

        assertThat(daysOff).extracting(Holiday::date)
                .doesNotContain(date("2024-02-15"), date("2024-05-04"))
                .contains(date("2024-02-08"), date("2024-02-14"), date("2024-04-29"));
        assertThat(daysOff).filteredOn(h -> h.date().getMonthValue() == 2).containsExactly(
                holiday("2024-02-08", "Nghỉ Tết Nguyên đán (28 tháng Chạp)", OFFICE),
                holiday("2024-02-09", "Tết Nguyên đán (30 tháng Chạp)", PUBLIC),
                holiday("2024-02-10", "Tết Nguyên đán (mùng 1)", PUBLIC),
                holiday("2024-02-11", "Tết Nguyên đán (mùng 2)", PUBLIC),
                holiday("2024-02-12", "Tết Nguyên đán (mùng 3)", PUBLIC),
                holiday("2024-02-13", "Tết Nguyên đán (mùng 4)", PUBLIC),
                holiday("2024-02-14", "Nghỉ bù Tết Nguyên đán (mùng 1)", IN_LIEU));
    }

    @Test
    void officeDaysCountOnlyInTheirOwnYear() {
        OfficeCalendar office = OfficeCalendar.ruleOnly(GOVERNMENT_2024);
        assertThat(office.daysOff(2025)).isEqualTo(VietnamHolidays.of(2025));
    }

    @Test
    void sameDateLoadedTwiceDifferentlyIsRejected() {
        OfficeDay off = new OfficeDay(date("2024-02-08"), "Nghỉ Tết", false);
        assertThat(OfficeCalendar.ruleOnly(List.of(off, off)).isWorkingDay(off.date())).isFalse();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OfficeCalendar.ruleOnly(List.of(off, new OfficeDay(off.date(), "Làm bù", true))))
                .withMessageContaining("08/02/2024");
    }

    @Test
    void officeDayNameIsCleanedOrGivenADefault() {
        String decomposed = "Nga\u0300y tha\u0300nh lâ\u0323p ti\u0309nh";
        assertThat(new OfficeDay(date("2024-10-01"), "  " + decomposed + "\u00A0 ", false).name())
                .isEqualTo("Ngày thành lập tỉnh");
        assertThat(new OfficeDay(date("2024-10-01"), " ", false).name()).isEqualTo("Ngày nghỉ theo lịch của cơ quan");
        assertThat(new OfficeDay(date("2024-10-05"), null, true).name()).isEqualTo("Ngày làm việc theo lịch của cơ quan");
    }

    @Test
    void computesEachYearOnceAndAgreesAcrossThreads() {
        OfficeCalendar shared = OfficeCalendar.ruleOnly(GOVERNMENT_2024);
        LocalDate start = date("2020-01-01");
        List<LocalDate> days = IntStream.range(0, 11 * 366).mapToObj(start::plusDays).toList();

        List<Boolean> parallel = days.parallelStream().map(shared::isWorkingDay).toList();
        OfficeCalendar fresh = OfficeCalendar.ruleOnly(GOVERNMENT_2024);
        assertThat(parallel).isEqualTo(days.stream().map(fresh::isWorkingDay).toList());
        assertThat(shared.daysOff(2024)).isSameAs(shared.daysOff(2024));
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
