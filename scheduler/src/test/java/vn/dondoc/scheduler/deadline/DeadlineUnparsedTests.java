package vn.dondoc.scheduler.deadline;

import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.PHRASES;
import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.assertUnparsed;
import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.parse;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What is not understood, or impossible, is never guessed: staff read the reason and decide. */
class DeadlineUnparsedTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tháng 13                        | Tháng 13 không tồn tại.
            Tháng 0                         | Tháng 0 không tồn tại.
            Tháng 6,13                      | Tháng 13 không tồn tại.
            Quý V                           | Quý V không tồn tại.
            quý 5/2024                      | Quý 5 không tồn tại.
            Quý I, V                        | Quý V không tồn tại.
            31/02/2024                      | Ngày 31/02/2024 không có thật.
            ngày 32/1                       | Ngày 32/01 không có thật.
            31/4                            | Ngày 31/04 không có thật.
            29/02/2023                      | Ngày 29/02/2023 không có thật.
            15/13/2024                      | Ngày 15/13/2024 không có thật.
            ngày 5 tháng 13                 | Ngày 05/13 không có thật.
            Năm 1999                        | Năm 1999 nằm ngoài khoảng 2000–2100 mà hệ thống nhận.
            15/6/1999                       | Năm 1999 nằm ngoài khoảng 2000–2100 mà hệ thống nhận.
            năm 2101                        | Năm 2101 nằm ngoài khoảng 2000–2100 mà hệ thống nhận.
            """)
    void namesTheImpossibleDate(String phrase, String problem) {
        assertUnparsed(parse(phrase), problem);
    }

    /** The leftover guard: one unknown word is enough, and it is quoted as the office wrote it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Quý I (trình kỳ họp HĐND tháng 7)     | Không rõ thời hạn là “Quý I” hay là sự kiện “kỳ họp HĐND tháng 7” (chưa có ngày).
            Quý I/2024 (đã hoàn thành)            | Không hiểu cụm từ “đã”.
            tháng 11/12                           | Không hiểu cụm từ “tháng 11/12”.
            tháng XIII                            | Không hiểu cụm từ “tháng XIII”.
            tháng sau                             | Không hiểu cụm từ “tháng sau”.
            Sau Tết Nguyên đán                    | Không hiểu cụm từ “Sau Tết Nguyên đán”.
            8h00 ngày 15/3                        | Không hiểu cụm từ “8h00 ngày 15/3”.
            Tuần đầu tháng 3                      | Không hiểu cụm từ “Tuần đầu tháng 3”.
            Năm học 2024-2025                     | Không hiểu cụm từ “học 2024-2025”.
            asdf                                  | Không hiểu cụm từ “asdf”.
            Trước                                 | Không thấy mốc thời gian nào trong “Trước”.
            Tháng 6 (năm 2024)                    | Không rõ “năm 2024” thay cho hay thêm vào “Tháng 6”.
            ngày 20                               | Chỉ ghi “ngày 20”, không rõ của tháng nào.
            hàng quý (ngày 18 tháng cuối quý), năm (ngày 18/12) | Không rõ “ngày 18/12” thay cho hay thêm vào “năm”.
            """)
    void quotesTheWordsItDoesNotUnderstand(String phrase, String problem) {
        assertUnparsed(parse(phrase), problem);
    }

    /** Read in the plan year, these ended before the document was issued: the year was most likely another. */
    @ParameterizedTest(name = "{0} issued {1}")
    @CsvSource(delimiter = '|', textBlock = """
            trước ngày 15/01          | 2024-01-18 | Mốc “ngày 15/01” của năm 2024 đã qua trước ngày ban hành 18/01/2024.
            Tháng 1                   | 2024-02-18 | Mốc “Tháng 1” của năm 2024 đã qua trước ngày ban hành 18/02/2024.
            Tháng 1, tháng 6          | 2024-02-18 | Mốc “Tháng 1” của năm 2024 đã qua trước ngày ban hành 18/02/2024.
            Quý I                     | 2024-05-02 | Mốc “Quý I” của năm 2024 đã qua trước ngày ban hành 02/05/2024.
            """)
    void refusesAPlanYearMilestoneThatPassedBeforeTheIssueDate(String phrase, LocalDate issued, String problem) {
        assertUnparsed(PHRASES.parse(phrase, issued, 2024), problem);
    }

    @ParameterizedTest(name = "[{0}]")
    @NullSource
    @ValueSource(strings = {"", "   ", "\u00A0", "\t\n", "“”"})
    void saysNoDeadlineWasWrittenForABlankPhrase(String phrase) {
        assertUnparsed(parse(phrase), "Chưa ghi thời hạn.");
    }
}
