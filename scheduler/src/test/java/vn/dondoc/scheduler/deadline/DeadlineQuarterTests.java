package vn.dondoc.scheduler.deadline;

import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.PHRASES;
import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.assertDeadline;
import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineQuarterTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Quý I                                 | 31/03/2024
            Quý II                                | 30/06/2024
            Quý III                               | 30/09/2024
            Quý IV                                | 31/12/2024
            Quý 1                                 | 31/03/2024
            quy 2                                 | 30/06/2024
            quy II                                | 30/06/2024
            Quý 3/2024                            | 30/09/2024
            Quý I/2025                            | 31/03/2025
            Quý I - 2025                          | 31/03/2025
            quý II năm 2024                       | 30/06/2024
            QUÝ IV NĂM 2024                       | 31/12/2024
            trong quý I năm 2025                  | 31/03/2025
            Thời hạn: Quý I                       | 31/03/2024
            chậm nhất quý III                     | 30/09/2024
            Trình HĐND tỉnh trong Quý IV          | 31/12/2024
            (Quý II)                              | 30/06/2024
            Quí III                               | 30/09/2024
            """)
    void endsOnTheLastDayOfTheQuarter(String phrase, String expected) {
        assertDeadline(parse(phrase), DeadlineKind.FIXED, expected);
    }

    /** A quarter is read in its three months: "đầu quý" ends with the first, "giữa quý" with the second. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            cuối quý II                           | 30/06/2024
            đầu quý III                           | 31/07/2024
            giữa quý III                          | 31/08/2024
            đầu quý I                             | 31/01/2024
            giữa quý I                            | 29/02/2024
            giữa quý I năm 2025                   | 28/02/2025
            cuối quý IV năm 2025                  | 31/12/2025
            """)
    void readsThePartOfAQuarterByItsMonths(String phrase, String expected) {
        assertDeadline(parse(phrase), DeadlineKind.FIXED, expected);
    }

    @ParameterizedTest(name = "{0} in plan year {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Quý I               | 2025 | 31/03/2025
            Quý I/2024          | 2025 | 31/03/2024
            """)
    void takesThePlanYearOnlyWhenNoYearIsWritten(String phrase, int planYear, String expected) {
        assertDeadline(PHRASES.parse(phrase, DeadlineTestSupport.ISSUED, planYear), DeadlineKind.FIXED, expected);
    }
}
