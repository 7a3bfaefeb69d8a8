package vn.dondoc.scheduler.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.ISSUED;
import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.assertDeadline;
import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.assertUnparsed;
import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.dates;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dondoc.scheduler.calendar.OfficeCalendar;

/**
 * The phrases conclusion notices write (issue 13): Tết, months and quarters in words, labelled lists, duties inside a
 * period, events without a date. Read with the office calendar dondoc ships (the announced Tết schedules).
 */
class DeadlineNoticePhraseTests {

    private static final DeadlinePhrases PHRASES = new DeadlinePhrases(new OfficeCalendar(List.of()));

    private static Deadline parse(String phrase) {
        return PHRASES.parse(phrase, ISSUED, 2024);
    }

    /** Tết Giáp Thìn 2024: offices off Thursday 08/02 to Wednesday 14/02 (5015/TB-LĐTBXH); 07/02 is a Wednesday. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            trước Tết Nguyên đán                          | 07/02/2024
            hoàn thành trước Tết Giáp Thìn                | 07/02/2024
            truoc Tet Nguyen dan                          | 07/02/2024
            TRƯỚC TẾT NGUYÊN ĐÁN                          | 07/02/2024
            chậm nhất trước Tết Giáp Thìn                 | 07/02/2024
            Hoàn thành trước Tết Nguyên đán Giáp Thìn 2024 | 07/02/2024
            trước dịp Tết Nguyên đán                      | 07/02/2024
            trước kỳ nghỉ Tết                             | 07/02/2024
            trước Tết 2025                                | 24/01/2025
            trước Tết Ất Tỵ                               | 24/01/2025
            """)
    void readsBeforeTetAsTheLastWorkingDayBeforeTheHoliday(String phrase, String expected) {
        assertDeadline(parse(phrase), DeadlineKind.FIXED, expected);
    }

    /** Tết Ất Tỵ 2025: off Saturday 25/01 to Sunday 02/02 (6150/TB-BLĐTBXH); Friday 24/01 is the last working day. */
    @Test
    void readsTetInTheSecondYearFromItsOwnAnnouncedSchedule() {
        LocalDate issued = LocalDate.of(2024, 12, 3);
        assertDeadline(PHRASES.parse("trước Tết Nguyên đán", issued, 2025), DeadlineKind.FIXED, "24/01/2025");
        assertDeadline(PHRASES.parse("hoàn thành trước Tết Ất Tỵ", issued, 2025), DeadlineKind.FIXED, "24/01/2025");
        assertDeadline(PHRASES.parse("ngay sau Tết", issued, 2025), DeadlineKind.FIXED, "07/02/2025");
    }

    /** The first working week after the holiday: 15, 16, 19, 20, 21/02/2024. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ngay sau Tết                      | 21/02/2024
            Ngay sau Tết Nguyên đán           | 21/02/2024
            ngay sau tet giap thin            | 21/02/2024
            """)
    void readsSoonAfterTetAsTheFifthWorkingDayAfterTheHoliday(String phrase, String expected) {
        assertDeadline(parse(phrase), DeadlineKind.FIXED, expected);
    }

    @Test
    void takesTheFirstTetAfterTheIssueDateWhenNoYearIsNamed() {
        assertDeadline(PHRASES.parse("trước Tết Nguyên đán", LocalDate.of(2024, 3, 1), 2024), DeadlineKind.FIXED, "24/01/2025");
    }

    @Test
    void readsTetByTheLawsDaysInAYearWithoutAnAnnouncedSchedule() {
        // Tết Đinh Mùi 2027: mùng 1 on Saturday 06/02; the rule gives 05/02 (the eve) to 09/02 and two days in lieu.
        assertDeadline(PHRASES.parse("trước Tết Đinh Mùi", LocalDate.of(2026, 12, 1), 2027), DeadlineKind.FIXED, "04/02/2027");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sau Tết Nguyên đán                | Không hiểu cụm từ “Sau Tết Nguyên đán”.
            trước Tết Dương lịch              | Không hiểu cụm từ “Dương lịch”.
            trước Tết Giáp Sửu                | Không hiểu cụm từ “Tết Giáp Sửu”.
            trước Tết Giáp Thìn 2025          | Không rõ ý của “trước Tết Giáp Thìn 2025”.
            """)
    void leavesTetPhrasesWithoutADefiniteDayUnparsed(String phrase, String problem) {
        assertUnparsed(parse(phrase), problem);
    }

    @Test
    void refusesATetThatPassedBeforeTheIssueDate() {
        assertUnparsed(PHRASES.parse("trước Tết Giáp Thìn", LocalDate.of(2024, 3, 1), 2024),
                "Mốc “trước Tết Giáp Thìn” của năm 2024 đã qua trước ngày ban hành 01/03/2024.");
    }

    /** As "tháng 3", "quý II": the period's end in the plan year ("trước tháng 7" already reads 31/07). */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            tháng Ba                  | 31/03/2024
            tháng Mười Hai            | 31/12/2024
            quý Hai                   | 30/06/2024
            quý IV                    | 31/12/2024
            trong tháng Mười          | 31/10/2024
            trước tháng Bảy           | 31/07/2024
            thang muoi hai            | 31/12/2024
            Tháng Mười Một            | 30/11/2024
            tháng Tư                  | 30/04/2024
            cuối tháng Ba             | 31/03/2024
            đầu tháng Sáu             | 10/06/2024
            trong quý Ba              | 30/09/2024
            quý Hai năm 2025          | 30/06/2025
            chậm nhất trong quý Tư    | 31/12/2024
            ngày 15 tháng Ba          | 15/03/2024
            tháng Bảy - tháng Chín    | 30/09/2024
            """)
    void readsMonthsAndQuartersWrittenInWordsAsTheirNumbers(String phrase, String expected) {
        assertDeadline(parse(phrase), DeadlineKind.FIXED, expected);
    }

    @Test
    void listsMonthsInWords() {
        assertDeadline(parse("tháng Ba, tháng Sáu và tháng Chín"), DeadlineKind.MULTIPLE, "31/03/2024 30/06/2024 30/09/2024");
    }

    /** Folding merges "sáu" with "sau": "tháng sau" (next month) is not June. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            tháng sau         | Không hiểu cụm từ “tháng sau”.
            thang sau         | Không hiểu cụm từ “thang sau”.
            quý Năm           | Không hiểu cụm từ “quý Năm”.
            """)
    void doesNotReadWordsThatOnlyFoldLikeANumber(String phrase, String problem) {
        assertUnparsed(parse(phrase), problem);
    }

    @Test
    void keepsTheLabelsOfALabelledList() {
        Deadline deadline = parse("30/6/2024 (sơ kết), 31/12/2024 (tổng kết)");
        assertDeadline(deadline, DeadlineKind.MULTIPLE, "30/06/2024 31/12/2024");
        assertThat(deadline.labels()).isEqualTo(Map.of(LocalDate.of(2024, 6, 30), "sơ kết", LocalDate.of(2024, 12, 31), "tổng kết"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            sơ kết 6 tháng và tổng kết năm
            Tháng 6/2024 (sơ kết); Tháng 12/2024 (tổng kết)
            so ket 6 thang va tong ket nam
            Sơ kết: 30/6; tổng kết: 31/12
            """)
    void labelsTheHalfYearAndYearReports(String phrase) {
        Deadline deadline = parse(phrase);
        assertDeadline(deadline, DeadlineKind.MULTIPLE, "30/06/2024 31/12/2024");
        assertThat(deadline.labels().get(LocalDate.of(2024, 6, 30))).isIn("sơ kết", "so ket", "Sơ kết");
        assertThat(deadline.labels().get(LocalDate.of(2024, 12, 31))).isIn("tổng kết", "tong ket");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            trước ngày 25 tháng cuối mỗi quý
            truoc ngay 25 thang cuoi moi quy
            Chậm nhất ngày 25 tháng cuối hằng quý
            """)
    void readsADayOfTheLastMonthOfEveryQuarter(String phrase) {
        assertDeadline(parse(phrase), DeadlineKind.RECURRING, "25/03/2024 25/06/2024 25/09/2024 25/12/2024");
    }

    @Test
    void repeatsAMonthEveryYearFromTheYearWritten() {
        assertDeadline(parse("Tháng 12/2024 và các năm tiếp theo"), DeadlineKind.RECURRING, "31/12/2024");
        assertDeadline(PHRASES.parse("Tháng 12/2024 và các năm tiếp theo", ISSUED, 2026), DeadlineKind.RECURRING,
                "31/12/2024 31/12/2025 31/12/2026");
        assertDeadline(PHRASES.parse("thang 12/2025 va nhung nam tiep theo", ISSUED, 2026), DeadlineKind.RECURRING,
                "31/12/2025 31/12/2026");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            trước kỳ họp HĐND tỉnh cuối năm               | kỳ họp HĐND tỉnh cuối năm
            trước kỳ họp thứ 18 HĐND tỉnh khóa XVIII      | kỳ họp thứ 18 HĐND tỉnh khóa XVIII
            Trước Hội nghị tổng kết năm 2024              | Hội nghị tổng kết năm 2024
            trình kỳ họp HĐND tỉnh giữa năm               | kỳ họp HĐND tỉnh giữa năm
            trình HĐND tỉnh tại kỳ họp cuối năm 2024      | kỳ họp cuối năm 2024
            truoc ky hop HDND tinh cuoi nam               | ky hop HDND tinh cuoi nam
            Báo cáo UBND tỉnh trước phiên họp thường kỳ tháng 7. | phiên họp thường kỳ tháng 7
            """)
    void waitsForAnEventWithoutGuessingItsDate(String phrase, String event) {
        Deadline deadline = parse(phrase);
        assertThat(deadline.kind()).isEqualTo(DeadlineKind.EVENT);
        assertThat(deadline.dates()).isEmpty();
        assertThat(deadline.event()).isEqualTo(event);
    }

    @Test
    void doesNotGuessBetweenADateAndAnEvent() {
        assertUnparsed(parse("Quý I (trình kỳ họp HĐND tháng 7)"),
                "Không rõ thời hạn là “Quý I” hay là sự kiện “kỳ họp HĐND tháng 7” (chưa có ngày).");
    }

    @Test
    void leavesAConditionNamingAMeetingWithoutADeadline() {
        assertThat(parse("Theo kết luận của Hội nghị").kind()).isEqualTo(DeadlineKind.NONE);
        assertThat(dates("")).isEmpty();
    }
}
