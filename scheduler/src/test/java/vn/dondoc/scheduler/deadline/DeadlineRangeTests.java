package vn.dondoc.scheduler.deadline;

import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.PHRASES;
import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.assertDeadline;
import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.assertUnparsed;
import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.parse;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A range is one milestone: the end of its last period. */
class DeadlineRangeTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Tháng 1-2                             | 29/02/2024
            Tháng 1 - 2                           | 29/02/2024
            Quý III+IV                            | 31/12/2024
            Quý I+II+III                          | 30/09/2024
            từ tháng 3 đến tháng 5                | 31/05/2024
            tu thang 3 den thang 5                | 31/05/2024
            tháng 3 đến tháng 4                   | 30/04/2024
            tháng 6 đến hết tháng 8               | 31/08/2024
            tháng 10-12/2024                      | 31/12/2024
            tháng 11/2024 - tháng 2/2025          | 28/02/2025
            tháng 12/2024 - tháng 1/2025          | 31/01/2025
            năm 2024-2025                         | 31/12/2025
            giai đoạn 2024-2025                   | 31/12/2025
            Giai đoạn 2024 - 2026                 | 31/12/2026
            Quý II - Quý III                      | 30/09/2024
            Quý II – III                          | 30/09/2024
            Tháng 6 — tháng 8                     | 31/08/2024
            từ ngày 1/3 đến 15/3/2024             | 15/03/2024
            từ quý II đến quý IV năm 2025         | 31/12/2025
            Tháng 1 đến hết Quý II                | 30/06/2024
            """)
    void endsWithItsLastPeriod(String phrase, String expected) {
        assertDeadline(parse(phrase), DeadlineKind.FIXED, expected);
    }

    @Test
    void endsFebruaryOnTheTwentyEighthOutsideLeapYears() {
        assertDeadline(PHRASES.parse("Tháng 1-2", DeadlineTestSupport.ISSUED, 2025), DeadlineKind.FIXED, "28/02/2025");
    }

    @Test
    void acceptsARangeThatStartedBeforeTheIssueDate() {
        assertDeadline(PHRASES.parse("Tháng 1-2", LocalDate.of(2024, 2, 18), 2024), DeadlineKind.FIXED, "29/02/2024");
    }

    @Test
    void keepsOneDatePerRangeInsideAList() {
        assertDeadline(parse("Tháng 6, tháng 8 - 9"), DeadlineKind.MULTIPLE, "30/06/2024 30/09/2024");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            tháng 5-3                             | Khoảng “tháng 5-3” kết thúc trước khi bắt đầu.
            Quý IV - Quý I                        | Khoảng “Quý IV - Quý I” kết thúc trước khi bắt đầu.
            năm 2025-2024                         | Khoảng “năm 2025-2024” kết thúc trước khi bắt đầu.
            tháng 11 - tháng 2/2025               | Không rõ “tháng 11” thuộc năm nào.
            từ tháng 3                            | Chỉ ghi thời điểm bắt đầu, không ghi thời hạn.
            từ quý II, quý III                    | Chỉ ghi thời điểm bắt đầu, không ghi thời hạn.
            hằng tháng - tháng 6                  | Không hiểu khoảng thời gian “hằng tháng - tháng 6”.
            """)
    void refusesARangeThatEndsBeforeItStartsOrHasNoEnd(String phrase, String problem) {
        assertUnparsed(parse(phrase), problem);
    }
}
