package vn.dondoc.scheduler.deadline;

import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.PHRASES;
import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.assertDeadline;
import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.assertUnparsed;
import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.parse;

import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dondoc.scheduler.calendar.WorkingCalendar;

/** Counted from the issue date, Thursday 18/01/2024; working days on a Monday–Friday calendar. */
class DeadlineRelativeTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            trong 10 ngày                                        | 28/01/2024
            trong vòng 20 ngày kể từ ngày ký                     | 07/02/2024
            trong 30 ngày kể từ ngày ban hành                    | 17/02/2024
            trong 03 tháng kể từ ngày Quyết định có hiệu lực     | 18/04/2024
            sau 15 ngày                                          | 02/02/2024
            trong 2 tuần                                         | 01/02/2024
            trong 10 ngày làm việc                               | 01/02/2024
            trong 10 ngày làm việc kể từ ngày ký                 | 01/02/2024
            không quá 5 ngày làm việc                            | 25/01/2024
            10 ngày kể từ ngày ký                                | 28/01/2024
            trong thời hạn 15 ngày                               | 02/02/2024
            trong vòng 07 ngày                                   | 25/01/2024
            TRONG 10 NGAY                                        | 28/01/2024
            tối đa 45 ngày kể từ ngày ký                         | 03/03/2024
            trong 6 tháng kể từ ngày văn bản này có hiệu lực     | 18/07/2024
            trong 10 ngày kể từ ngày ban hành Quyết định này     | 28/01/2024
            trong 15 ngày, kể từ ngày Quyết định này được ký     | 02/02/2024
            trong 1 năm kể từ ngày ký ban hành                   | 18/01/2025
            Khi có yêu cầu; trong 10 ngày kể từ ngày ký          | 28/01/2024
            """)
    void countsFromTheIssueDate(String phrase, String expected) {
        assertDeadline(parse(phrase), DeadlineKind.FIXED, expected);
    }

    @Test
    void clampsAMonthCountToTheEndOfAShortMonth() {
        Deadline deadline = PHRASES.parse("trong 3 tháng", LocalDate.of(2023, 11, 30), 2024);

        assertDeadline(deadline, DeadlineKind.FIXED, "29/02/2024");
    }

    @Test
    void countsWorkingDaysOnTheGivenCalendarWithoutTheIssueDate() {
        // Tết Giáp Thìn 2024: offices closed 08/02 to 14/02.
        WorkingCalendar withTet = date -> WorkingCalendar.weekdays().isWorkingDay(date)
                && !(date.getMonth() == Month.FEBRUARY && date.getYear() == 2024
                && date.getDayOfMonth() >= 8 && date.getDayOfMonth() <= 14);
        DeadlinePhrases phrases = new DeadlinePhrases(withTet);

        // Issued Monday 05/02: 06, 07, then 15, 16 and Monday 19/02 is the fifth working day.
        Deadline deadline = phrases.parse("trong 5 ngày làm việc", LocalDate.of(2024, 2, 5), 2024);

        assertDeadline(deadline, DeadlineKind.FIXED, "19/02/2024");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            trong 10 ngày kể từ ngày nhận được hồ sơ       | Không rõ mốc tính thời hạn “kể từ ngày nhận được hồ sơ”.
            trong 10 ngày sau khi nhận được văn bản        | Không rõ mốc tính thời hạn “sau khi nhận được văn bản”.
            15 ngày kể từ ngày kết thúc đợt kiểm tra       | Không rõ mốc tính thời hạn “kể từ ngày kết thúc đợt kiểm tra”.
            trong 5 ngày kể từ ngày có kết luận, báo cáo   | Không rõ mốc tính thời hạn “kể từ ngày có kết luận”.
            trong 0 ngày                                   | Thời hạn “trong 0 ngày” bằng 0, không có nghĩa.
            khi có yêu cầu (trong 10 ngày)                 | Không rõ “trong 10 ngày” tính từ ngày nào.
            Khi có văn bản của Bộ, trong 15 ngày           | Không rõ “trong 15 ngày” tính từ ngày nào.
            """)
    void refusesABaseOtherThanTheIssueDate(String phrase, String problem) {
        assertUnparsed(parse(phrase), problem);
    }

    @Test
    void needsTheIssueDate() {
        assertUnparsed(PHRASES.parse("trong 10 ngày", null, 2024),
                "Chưa có ngày ban hành văn bản nên không tính được thời hạn.");
    }
}
