package vn.dondoc.scheduler.deadline;

import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.PHRASES;
import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.assertDeadline;
import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineMonthTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Tháng 3                               | 31/03/2024
            tháng 2                               | 29/02/2024
            Tháng 4/2024                          | 30/04/2024
            trong tháng 04/2024                   | 30/04/2024
            chậm nhất trong tháng 5               | 31/05/2024
            tháng 4 năm 2025                      | 30/04/2025
            tháng 2 năm 2025                      | 28/02/2025
            tháng XII                             | 31/12/2024
            Tháng IX                              | 30/09/2024
            THÁNG 11                              | 30/11/2024
            thang 3                               | 31/03/2024
            tháng 04                              | 30/04/2024
            tháng 6-2024                          | 30/06/2024
            tháng 6.2024                          | 30/06/2024
            Trong tháng 9 năm 2024                | 30/09/2024
            Trình UBND tỉnh trong tháng 7         | 31/07/2024
            '  Tháng   8 '                        | 31/08/2024
            đến hết tháng 6                       | 30/06/2024
            Thời gian thực hiện: tháng 10         | 31/10/2024
            Hoàn thành trong tháng 12/2024        | 31/12/2024
            6/2024                                | 30/06/2024
            12/2024                               | 31/12/2024
            """)
    void endsOnTheLastDayOfTheMonth(String phrase, String expected) {
        assertDeadline(parse(phrase), DeadlineKind.FIXED, expected);
    }

    /** A month is read in three 10-day "tuần": the early third ends on the 10th, the middle one on the 20th. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            đầu tháng 3                           | 10/03/2024
            thượng tuần tháng 3                   | 10/03/2024
            giữa tháng 3                          | 20/03/2024
            trung tuần tháng 3                    | 20/03/2024
            cuối tháng 3                          | 31/03/2024
            hạ tuần tháng 3                       | 31/03/2024
            cuối tháng 2                          | 29/02/2024
            cuối tháng 2/2025                     | 28/02/2025
            dau thang 10                          | 10/10/2024
            giua thang 12 nam 2024                | 20/12/2024
            Hạ tuần tháng 4                       | 30/04/2024
            trước giữa tháng 5                    | 20/05/2024
            """)
    void readsThePartOfAMonthInTenDayThirds(String phrase, String expected) {
        assertDeadline(parse(phrase), DeadlineKind.FIXED, expected);
    }

    @ParameterizedTest(name = "{0} in plan year {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Tháng 2             | 2025 | 28/02/2025
            tháng 2             | 2028 | 29/02/2028
            cuối tháng 2        | 2100 | 28/02/2100
            tháng 4/2024        | 2025 | 30/04/2024
            """)
    void takesThePlanYearOnlyWhenNoYearIsWritten(String phrase, int planYear, String expected) {
        assertDeadline(PHRASES.parse(phrase, DeadlineTestSupport.ISSUED, planYear), DeadlineKind.FIXED, expected);
    }
}
