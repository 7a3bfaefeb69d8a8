package vn.dondoc.scheduler.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnouncedSchedulesTests {

    private static final OfficeCalendar CALENDAR = new OfficeCalendar(List.of());

    @Test
    void tet2024IsTheGovernmentsEighthToFourteenthNotTheRulesNinthToFifteenth() {
        for (String day : List.of("2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13", "2024-02-14")) {
            assertThat(CALENDAR.isWorkingDay(date(day))).as(day).isFalse();
        }
        assertThat(CALENDAR.isWorkingDay(date("2024-02-07"))).isTrue();
        assertThat(CALENDAR.isWorkingDay(date("2024-02-15"))).isTrue();
        assertThat(CALENDAR.plusWorkingDays(date("2024-02-07"), 1)).isEqualTo("2024-02-15");
        assertThat(CALENDAR.daysOff(2024)).filteredOn(h -> h.date().getMonthValue() == 2)
                .allSatisfy(h -> assertThat(h.document()).isEqualTo("5015/TB-LĐTBXH"))
                .extracting(Holiday::date)
                .containsExactly(date("2024-02-08"), date("2024-02-09"), date("2024-02-10"), date("2024-02-11"),
                        date("2024-02-12"), date("2024-02-13"), date("2024-02-14"));
    }

    @Test
    void swappedDaysOf2024AreOffAndTheMakeUpSaturdayIsWorked() {
        assertThat(CALENDAR.isWorkingDay(date("2024-04-29"))).isFalse();
        assertThat(CALENDAR.isWorkingDay(date("2024-05-04"))).isTrue();
        assertThat(CALENDAR.isWorkingDay(date("2024-09-02"))).isFalse();
        assertThat(CALENDAR.isWorkingDay(date("2024-09-03"))).isFalse();
        assertThat(CALENDAR.isWorkingDay(date("2024-09-04"))).isTrue();
        assertThat(CALENDAR.isWorkingDay(date("2024-04-18"))).as("Giỗ Tổ stays the rule's").isFalse();
        assertThat(CALENDAR.workingDays(2024)).singleElement()
                .isEqualTo(new WorkingDay(date("2024-05-04"), "Làm bù cho thứ Hai 29/04", "2450/VPCP-KGVX"));
    }

    @Test
    void tet2025EndsOnSundayTheSecondSoTheRulesDayInLieuIsWorked() {
        assertThat(CALENDAR.isWorkingDay(date("2025-01-27"))).isFalse();
        assertThat(CALENDAR.isWorkingDay(date("2025-02-03"))).isTrue();
        assertThat(CALENDAR.isWorkingDay(date("2025-04-26"))).isTrue();
        assertThat(CALENDAR.isWorkingDay(date("2025-05-02"))).isFalse();
    }

    @Test
    void tet2026RunsFromSaturdayFourteenthToSundayTwentySecond() {
        assertThat(CALENDAR.daysOff(2026)).filteredOn(h -> h.date().getMonthValue() == 2)
                .extracting(Holiday::date)
                .containsExactlyElementsOf(date("2026-02-14").datesUntil(date("2026-02-23")).toList());
        assertThat(CALENDAR.isWorkingDay(date("2026-01-02"))).isFalse();
        assertThat(CALENDAR.isWorkingDay(date("2026-01-10"))).isTrue();
        assertThat(CALENDAR.isWorkingDay(date("2026-08-31"))).isFalse();
        assertThat(CALENDAR.isWorkingDay(date("2026-08-22"))).isTrue();
        assertThat(CALENDAR.isWorkingDay(date("2026-04-27"))).as("Giỗ Tổ's day in lieu by the rule").isFalse();
    }

    @Test
    void everyShippedYearIsReadAndKnownOthersAreNot() {
        for (int year = AnnouncedSchedules.FIRST_YEAR; year <= AnnouncedSchedules.LAST_YEAR; year++) {
            assertThat(AnnouncedSchedules.bundled().has(year)).as("%d", year).isTrue();
        }
        assertThat(CALENDAR.scheduleKnown(2027)).isFalse();
        assertThat(new OfficeCalendar(List.of(new OfficeDay(date("2027-02-05"), "Nghỉ Tết", false))).scheduleKnown(2027)).isTrue();
        assertThat(AnnouncedSchedules.none().has(2024)).isFalse();
    }

    @Test
    void anUnsourcedDayIsRefused() {
        String file = "off\t2024-02-08\tTET\tNghỉ Tết\t1/TB\n";
        assertThatIllegalStateException()
                .isThrownBy(() -> AnnouncedSchedules.parse(2024, "t.tsv", new BufferedReader(new StringReader(file))))
                .withMessageContaining("t.tsv:1");
    }

    @Test
    void theOfficesDaysStillWin() {
        OfficeCalendar office = new OfficeCalendar(List.of(new OfficeDay(date("2024-02-08"), "Trực Tết", true),
                new OfficeDay(date("2024-05-04"), "Tỉnh cho nghỉ", false)));
        assertThat(office.isWorkingDay(date("2024-02-08"))).isTrue();
        assertThat(office.isWorkingDay(date("2024-05-04"))).isFalse();
        assertThat(office.workingDays(2024)).extracting(WorkingDay::document).containsExactly((String) null);
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
