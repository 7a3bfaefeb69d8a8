package vn.dondoc.scheduler.deadline;

import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.PHRASES;
import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.assertDeadline;
import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.assertUnparsed;
import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineYearPartTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Năm 2024                              | 31/12/2024
            năm 2025                              | 31/12/2025
            trong năm 2025                        | 31/12/2025
            6 tháng cuối năm                      | 31/12/2024
            6 tháng cuối năm 2025                 | 31/12/2025
            cả năm                                | 31/12/2024
            cuối năm                              | 31/12/2024
            cuối năm 2025                         | 31/12/2025
            hết năm 2024                          | 31/12/2024
            năm nay                               | 31/12/2024
            từ nay đến cuối năm                   | 31/12/2024
            Báo cáo năm                           | 31/12/2024
            nửa cuối năm                          | 31/12/2024
            """)
    void endsOnTheLastDayOfTheYearUnlessSaid(String phrase, String expected) {
        assertDeadline(parse(phrase), DeadlineKind.FIXED, expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            6 tháng đầu năm                       | 30/06/2024
            06 tháng đầu năm 2025                 | 30/06/2025
            9 tháng                               | 30/09/2024
            9 tháng đầu năm                       | 30/09/2024
            9 tháng năm 2024                      | 30/09/2024
            Báo cáo 6 tháng                       | 30/06/2024
            3 tháng đầu năm                       | 31/03/2024
            2 tháng đầu năm                       | 29/02/2024
            nửa đầu năm                           | 30/06/2024
            giữa năm                              | 30/06/2024
            giữa năm 2025                         | 30/06/2025
            """)
    void endsTheFirstMonthsOfTheYearWithTheirLastMonth(String phrase, String expected) {
        assertDeadline(parse(phrase), DeadlineKind.FIXED, expected);
    }

    @ParameterizedTest(name = "{0} in plan year {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            cả năm              | 2025 | 31/12/2025
            2 tháng đầu năm     | 2025 | 28/02/2025
            Năm 2024            | 2025 | 31/12/2024
            """)
    void takesThePlanYearOnlyWhenNoYearIsWritten(String phrase, int planYear, String expected) {
        assertDeadline(PHRASES.parse(phrase, DeadlineTestSupport.ISSUED, planYear), DeadlineKind.FIXED, expected);
    }

    /** "Đầu năm" has no agreed end; a bare "3 tháng" is more likely a duration than the first quarter. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            đầu năm                               | Không hiểu cụm từ “đầu năm”.
            03 tháng                              | Không hiểu cụm từ “03 tháng”.
            13 tháng đầu năm                      | Một năm chỉ có 12 tháng, không có “13 tháng đầu năm”.
            Năm 1999                              | Năm 1999 nằm ngoài khoảng 2000–2100 mà hệ thống nhận.
            """)
    void doesNotGuessAVaguePartOfTheYear(String phrase, String problem) {
        assertUnparsed(parse(phrase), problem);
    }
}
