package vn.dondoc.scheduler.deadline;

import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.PHRASES;
import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.assertDeadline;
import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.assertUnparsed;
import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A list gives one milestone per item. */
class DeadlineListTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Tháng 3, tháng 6, tháng 11            | 31/03/2024 30/06/2024 30/11/2024
            quý I, quý III                        | 31/03/2024 30/09/2024
            quý II và quý IV                      | 30/06/2024 31/12/2024
            tháng 6 và tháng 12                   | 30/06/2024 31/12/2024
            30/6 và 31/12                         | 30/06/2024 31/12/2024
            15/6; 15/12                           | 15/06/2024 15/12/2024
            Quý II, tháng 11                      | 30/06/2024 30/11/2024
            6 tháng, năm                          | 30/06/2024 31/12/2024
            6 tháng đầu năm và cả năm             | 30/06/2024 31/12/2024
            Quý I/2024 và Quý II/2024             | 31/03/2024 30/06/2024
            - Tháng 3; - Tháng 6                  | 31/03/2024 30/06/2024
            Tháng 3. Tháng 9                      | 31/03/2024 30/09/2024
            tháng 12 năm 2024 và tháng 6 năm 2025 | 31/12/2024 30/06/2025
            Tháng 6/2024; Tháng 12/2024           | 30/06/2024 31/12/2024
            quy I va quy III                      | 31/03/2024 30/09/2024
            Quý I & Quý III                       | 31/03/2024 30/09/2024
            tháng 6 và ngày 15/12                 | 30/06/2024 15/12/2024
            """)
    void givesOneDatePerItem(String phrase, String expected) {
        assertDeadline(parse(phrase), DeadlineKind.MULTIPLE, expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Tháng 6,7                             | 30/06/2024 31/07/2024
            Tháng 11,12                           | 30/11/2024 31/12/2024
            thang 6 , 7 , 8                       | 30/06/2024 31/07/2024 31/08/2024
            Tháng 3, 6 và 9                       | 31/03/2024 30/06/2024 30/09/2024
            tháng XI, XII                         | 30/11/2024 31/12/2024
            quý I, II                             | 31/03/2024 30/06/2024
            Quý I, II, III                        | 31/03/2024 30/06/2024 30/09/2024
            năm 2024, 2025                        | 31/12/2024 31/12/2025
            quý I, 2/2025                         | 31/03/2025 30/06/2025
            cuối tháng 3, 6                       | 31/03/2024 30/06/2024
            đầu tháng 3, 4                        | 10/03/2024 10/04/2024
            """)
    void letsABareNumberInheritTheUnitBeforeIt(String phrase, String expected) {
        assertDeadline(parse(phrase), DeadlineKind.MULTIPLE, expected);
    }

    /** Plan year 2023, so that every 2024/2025 below can only come from the phrase itself. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            tháng 11, 12/2024                     | 30/11/2024 31/12/2024
            quý III, IV năm 2025                  | 30/09/2025 31/12/2025
            30/6 và 31/12/2025                    | 30/06/2025 31/12/2025
            Quý I; Quý II/2025                    | 31/03/2025 30/06/2025
            tháng 6, tháng 9 và tháng 12/2024     | 30/06/2024 30/09/2024 31/12/2024
            6 tháng đầu năm, cả năm 2024          | 30/06/2024 31/12/2024
            tháng 11/2025, 12                     | 30/11/2025 31/12/2025
            tháng 11/2024, tháng 3/2025, tháng 6  | 30/11/2024 31/03/2025 30/06/2025
            """)
    void takesTheYearWrittenOnAnotherItem(String phrase, String expected) {
        assertDeadline(PHRASES.parse(phrase, DeadlineTestSupport.ISSUED, 2023), DeadlineKind.MULTIPLE, expected);
    }

    @Test
    void collapsesItemsThatEndOnTheSameDay() {
        assertDeadline(parse("Quý II; tháng 6"), DeadlineKind.FIXED, "30/06/2024");
    }

    /** Offices list in time order: a borrowed year that breaks the order means the year is unknown. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            tháng 12/2024, tháng 1                | Không rõ “tháng 1” thuộc năm nào.
            tháng 12, tháng 1/2025                | Không rõ “tháng 12” thuộc năm nào.
            tháng 6 hoặc tháng 7                  | Không hiểu cụm từ “hoặc tháng 7”.
            tháng 6 7                             | Không hiểu cụm từ “7”.
            Quý I tháng 2                         | Không rõ ý của “Quý I tháng 2”.
            Quý I (tháng 2)                       | Không rõ “tháng 2” thay cho hay thêm vào “Quý I”.
            tháng 2, 2025                         | Không hiểu cụm từ “2025”.
            ngày 15 tháng 6 và tháng 12           | Không rõ “tháng 12” là cả tháng hay cùng ngày với “ngày 15 tháng 6”.
            30/6 và tháng 12                      | Không rõ “tháng 12” là cả tháng hay cùng ngày với “30/6”.
            """)
    void refusesAnItemWhoseYearOrMeaningIsUnclear(String phrase, String problem) {
        assertUnparsed(parse(phrase), problem);
    }
}
