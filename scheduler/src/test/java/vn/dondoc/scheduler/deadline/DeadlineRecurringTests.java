package vn.dondoc.scheduler.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.PHRASES;
import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.assertDeadline;
import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.assertUnparsed;
import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.dates;
import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.parse;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every occurrence strictly after the issue date (Thursday 18/01/2024) up to 31/12 of the plan year. */
class DeadlineRecurringTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            trước ngày 18 hằng tháng      | 18/02/2024 18/03/2024 18/04/2024 18/05/2024 18/06/2024 18/07/2024 18/08/2024 18/09/2024 18/10/2024 18/11/2024 18/12/2024
            hằng tháng (trước ngày 20)    | 20/01/2024 20/02/2024 20/03/2024 20/04/2024 20/05/2024 20/06/2024 20/07/2024 20/08/2024 20/09/2024 20/10/2024 20/11/2024 20/12/2024
            Hằng tháng, trước ngày 5      | 05/02/2024 05/03/2024 05/04/2024 05/05/2024 05/06/2024 05/07/2024 05/08/2024 05/09/2024 05/10/2024 05/11/2024 05/12/2024
            ngày 25 hàng tháng            | 25/01/2024 25/02/2024 25/03/2024 25/04/2024 25/05/2024 25/06/2024 25/07/2024 25/08/2024 25/09/2024 25/10/2024 25/11/2024 25/12/2024
            trước ngày 30 hằng tháng      | 30/01/2024 29/02/2024 30/03/2024 30/04/2024 30/05/2024 30/06/2024 30/07/2024 30/08/2024 30/09/2024 30/10/2024 30/11/2024 30/12/2024
            hàng tháng                    | 31/01/2024 29/02/2024 31/03/2024 30/04/2024 31/05/2024 30/06/2024 31/07/2024 31/08/2024 30/09/2024 31/10/2024 30/11/2024 31/12/2024
            định kỳ hằng tháng            | 31/01/2024 29/02/2024 31/03/2024 30/04/2024 31/05/2024 30/06/2024 31/07/2024 31/08/2024 30/09/2024 31/10/2024 30/11/2024 31/12/2024
            mỗi tháng                     | 31/01/2024 29/02/2024 31/03/2024 30/04/2024 31/05/2024 30/06/2024 31/07/2024 31/08/2024 30/09/2024 31/10/2024 30/11/2024 31/12/2024
            cuối mỗi tháng                | 31/01/2024 29/02/2024 31/03/2024 30/04/2024 31/05/2024 30/06/2024 31/07/2024 31/08/2024 30/09/2024 31/10/2024 30/11/2024 31/12/2024
            01 lần/tháng                  | 31/01/2024 29/02/2024 31/03/2024 30/04/2024 31/05/2024 30/06/2024 31/07/2024 31/08/2024 30/09/2024 31/10/2024 30/11/2024 31/12/2024
            hang thang                    | 31/01/2024 29/02/2024 31/03/2024 30/04/2024 31/05/2024 30/06/2024 31/07/2024 31/08/2024 30/09/2024 31/10/2024 30/11/2024 31/12/2024
            báo cáo định kỳ hằng tháng, quý, năm | 31/01/2024 29/02/2024 31/03/2024 30/04/2024 31/05/2024 30/06/2024 31/07/2024 31/08/2024 30/09/2024 31/10/2024 30/11/2024 31/12/2024
            định kỳ tháng, quý            | 31/01/2024 29/02/2024 31/03/2024 30/04/2024 31/05/2024 30/06/2024 31/07/2024 31/08/2024 30/09/2024 31/10/2024 30/11/2024 31/12/2024
            ngày 15 hằng tháng, hằng quý  | 15/02/2024 15/03/2024 15/04/2024 15/05/2024 15/06/2024 15/07/2024 15/08/2024 15/09/2024 15/10/2024 15/11/2024 15/12/2024
            """)
    void repeatsMonthlyOnTheDayOrOnTheMonthsLastDay(String phrase, String expected) {
        assertDeadline(parse(phrase), DeadlineKind.RECURRING, expected);
    }

    /**
     * Quarterly duties without a day end with the quarter; with "trước ngày D" they fall on day D of the
     * quarter's last month, the reporting rule of Nghị định 09/2019/NĐ-CP.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            hằng quý                                      | 31/03/2024 30/06/2024 30/09/2024 31/12/2024
            hàng quý                                      | 31/03/2024 30/06/2024 30/09/2024 31/12/2024
            hằng quý, năm                                 | 31/03/2024 30/06/2024 30/09/2024 31/12/2024
            hằng quý năm 2024                             | 31/03/2024 30/06/2024 30/09/2024 31/12/2024
            trước ngày 15 tháng cuối quý                  | 15/03/2024 15/06/2024 15/09/2024 15/12/2024
            hằng quý trước ngày 18                        | 18/03/2024 18/06/2024 18/09/2024 18/12/2024
            Hằng quý (trước ngày 18 của tháng cuối quý)   | 18/03/2024 18/06/2024 18/09/2024 18/12/2024
            trước ngày 10 tháng đầu quý                   | 10/04/2024 10/07/2024 10/10/2024
            hằng quý, tháng đầu quý                       | 31/01/2024 30/04/2024 31/07/2024 31/10/2024
            3 tháng/lần                                   | 31/03/2024 30/06/2024 30/09/2024 31/12/2024
            1 lần/quý                                     | 31/03/2024 30/06/2024 30/09/2024 31/12/2024
            một lần mỗi quý                               | 31/03/2024 30/06/2024 30/09/2024 31/12/2024
            cuối mỗi quý                                  | 31/03/2024 30/06/2024 30/09/2024 31/12/2024
            """)
    void repeatsQuarterly(String phrase, String expected) {
        assertDeadline(parse(phrase), DeadlineKind.RECURRING, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            định kỳ 6 tháng               | 30/06/2024 31/12/2024
            6 tháng/lần                   | 30/06/2024 31/12/2024
            định kỳ 6 tháng một lần       | 30/06/2024 31/12/2024
            6 tháng/1 lần                 | 30/06/2024 31/12/2024
            4 tháng một lần               | 30/04/2024 31/08/2024 31/12/2024
            2 tháng/lần                   | 29/02/2024 30/04/2024 30/06/2024 31/08/2024 31/10/2024 31/12/2024
            5 tháng/lần                   | 18/06/2024 18/11/2024
            hằng năm                      | 31/12/2024
            trước ngày 15/12 hằng năm     | 15/12/2024
            hằng năm (trước ngày 15/12)   | 15/12/2024
            ngày 15 tháng 3 hằng năm      | 15/03/2024
            tháng 11 hằng năm             | 30/11/2024
            hằng quý và 15/12             | 31/03/2024 30/06/2024 30/09/2024 15/12/2024 31/12/2024
            Hằng ngày; báo cáo hằng quý   | 31/03/2024 30/06/2024 30/09/2024 31/12/2024
            hằng tháng (trước ngày 20), quý IV | 20/01/2024 20/02/2024 20/03/2024 20/04/2024 20/05/2024 20/06/2024 20/07/2024 20/08/2024 20/09/2024 20/10/2024 20/11/2024 20/12/2024 31/12/2024
            """)
    void repeatsOverMonthsAndYears(String phrase, String expected) {
        assertDeadline(parse(phrase), DeadlineKind.RECURRING, expected);
    }

    /** Weekly duties fall on the named weekday, by default Sunday, the end of the week. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            hằng tuần                          | SUNDAY   | 21/01/2024 | 29/12/2024 | 50
            chủ nhật hằng tuần                 | SUNDAY   | 21/01/2024 | 29/12/2024 | 50
            định kỳ hằng tuần vào thứ Hai      | MONDAY   | 22/01/2024 | 30/12/2024 | 50
            thứ 6 hằng tuần                    | FRIDAY   | 19/01/2024 | 27/12/2024 | 50
            hằng tuần (thứ 6)                  | FRIDAY   | 19/01/2024 | 27/12/2024 | 50
            mỗi tuần vào thứ Năm               | THURSDAY | 25/01/2024 | 26/12/2024 | 49
            Thứ 7 hằng tuần                    | SATURDAY | 20/01/2024 | 28/12/2024 | 50
            hang tuan vao thu tu               | WEDNESDAY| 24/01/2024 | 25/12/2024 | 49
            """)
    void repeatsWeeklyOnTheNamedDay(String phrase, DayOfWeek day, String first, String last, int count) {
        Deadline deadline = parse(phrase);

        assertThat(deadline.kind()).isEqualTo(DeadlineKind.RECURRING);
        assertThat(deadline.dates()).hasSize(count).allMatch(d -> d.getDayOfWeek() == day);
        assertThat(deadline.dates()).first().isEqualTo(dates(first).get(0));
        assertThat(deadline.dates()).last().isEqualTo(dates(last).get(0));
        assertEvenlySpaced(deadline.dates(), 7);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            7 ngày/lần          | 7  | 25/01/2024 | 26/12/2024 | 49
            15 ngày một lần     | 15 | 02/02/2024 | 28/12/2024 | 23
            10 ngày 1 lần       | 10 | 28/01/2024 | 23/12/2024 | 34
            2 tuần/lần          | 14 | 01/02/2024 | 19/12/2024 | 24
            """)
    void repeatsEveryFewDaysCountedFromTheIssueDate(String phrase, int step, String first, String last, int count) {
        Deadline deadline = parse(phrase);

        assertThat(deadline.kind()).isEqualTo(DeadlineKind.RECURRING);
        assertThat(deadline.dates()).hasSize(count);
        assertThat(deadline.dates()).first().isEqualTo(dates(first).get(0));
        assertThat(deadline.dates()).last().isEqualTo(dates(last).get(0));
        assertEvenlySpaced(deadline.dates(), step);
    }

    /** Issued 20/11/2024 for the 2025 plan: the window runs from the issue date to 31/12/2025. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            hằng quý                  | 31/12/2024 31/03/2025 30/06/2025 30/09/2025 31/12/2025
            hằng năm                  | 31/12/2024 31/12/2025
            6 tháng/lần               | 31/12/2024 30/06/2025 31/12/2025
            5 tháng/lần               | 20/04/2025 20/09/2025
            trước ngày 18 hằng tháng  | 18/12/2024 18/01/2025 18/02/2025 18/03/2025 18/04/2025 18/05/2025 18/06/2025 18/07/2025 18/08/2025 18/09/2025 18/10/2025 18/11/2025 18/12/2025
            """)
    void runsToTheEndOfAPlanYearOtherThanTheIssueYear(String phrase, String expected) {
        assertDeadline(PHRASES.parse(phrase, LocalDate.of(2024, 11, 20), 2025), DeadlineKind.RECURRING, expected);
    }

    @Test
    void givesADayToTheDutyItIsWrittenAgainstNotTheOneAcrossTheComma() {
        assertDeadline(parse("hằng tháng trước ngày 18, hằng quý trước ngày 20"), DeadlineKind.RECURRING,
                "18/02/2024 18/03/2024 20/03/2024 18/04/2024 18/05/2024 18/06/2024 20/06/2024 18/07/2024 "
                        + "18/08/2024 18/09/2024 20/09/2024 18/10/2024 18/11/2024 18/12/2024 20/12/2024");
    }

    @Test
    void keepsOnlyTheYearThePhraseNames() {
        assertDeadline(parse("hằng quý năm 2025"), DeadlineKind.RECURRING, "31/03/2025 30/06/2025 30/09/2025 31/12/2025");
    }

    @Test
    void startsStrictlyAfterTheIssueDate() {
        Deadline deadline = PHRASES.parse("hằng quý", LocalDate.of(2024, 3, 31), 2024);

        assertDeadline(deadline, DeadlineKind.RECURRING, "30/06/2024 30/09/2024 31/12/2024");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ngày 40 hằng tháng                     | Không tháng nào có ngày 40.
            hằng tháng, quý, năm (trước ngày 18)   | Không rõ “ngày 18” áp dụng cho kỳ nào.
            hằng năm ngày 20                       | Chỉ ghi “ngày 20”, không rõ của tháng nào.
            thứ 2 và thứ 6 hằng tuần               | Chỉ ghi “thứ 2”, không rõ của tuần nào.
            0 ngày/lần                             | Chu kỳ “0 ngày/lần” bằng 0, không có nghĩa.
            định kỳ                                | Không hiểu cụm từ “định kỳ”.
            hằng tháng năm 2023                    | Không còn kỳ nào sau ngày ban hành đến hết năm 2023.
            hằng tháng - tháng 6                   | Không hiểu khoảng thời gian “hằng tháng - tháng 6”.
            """)
    void refusesADutyWhoseDayOrPeriodIsUnclear(String phrase, String problem) {
        assertUnparsed(parse(phrase), problem);
    }

    @Test
    void saysSoWhenNoOccurrenceIsLeftInThePlanYear() {
        assertUnparsed(PHRASES.parse("hằng quý", LocalDate.of(2024, 12, 31), 2024),
                "Không còn kỳ nào sau ngày ban hành đến hết năm 2024.");
    }

    @Test
    void needsTheIssueDate() {
        assertUnparsed(PHRASES.parse("hằng tháng", null, 2024),
                "Chưa có ngày ban hành văn bản nên không tính được thời hạn.");
    }

    private static void assertEvenlySpaced(List<LocalDate> dates, int days) {
        for (int i = 1; i < dates.size(); i++) {
            assertThat(ChronoUnit.DAYS.between(dates.get(i - 1), dates.get(i))).isEqualTo(days);
        }
    }
}
