package vn.dondoc.scheduler.deadline;

import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.PHRASES;
import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.assertDeadline;
import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.assertUnparsed;
import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.parse;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineExactDateTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            trước ngày 05/02/2024                 | 05/02/2024
            ngày 12 tháng 4 năm 2024              | 12/04/2024
            hạn 7/5                               | 07/05/2024
            chậm nhất ngày 15/3                   | 15/03/2024
            trước 15/4                            | 15/04/2024
            15-4-2024                             | 15/04/2024
            15.4.2024                             | 15/04/2024
            5/2/24                                | 05/02/2024
            'trước 30/6/2024 '                    | 30/06/2024
            TRƯỚC NGÀY 30/06/2024                 | 30/06/2024
            truoc ngay 15/3                       | 15/03/2024
            han chot 31/5                         | 31/05/2024
            Hạn chót: 20/10/2024                  | 20/10/2024
            ngày 15 / 4 / 2024                    | 15/04/2024
            ngày 15/4 năm 2025                    | 15/04/2025
            ngày 1 tháng 10                       | 01/10/2024
            ngày 12 tháng IV năm 2024             | 12/04/2024
            Hoàn thành trước ngày 31/12/2024.     | 31/12/2024
            Trình UBND tỉnh trước ngày 15/8       | 15/08/2024
            không quá ngày 30/9                   | 30/09/2024
            dự kiến 25/12                         | 25/12/2024
            muộn nhất 01/11/2024                  | 01/11/2024
            vào ngày 20/7                         | 20/07/2024
            Báo cáo kết quả trước 15/12           | 15/12/2024
            """)
    void readsAWrittenDate(String phrase, String expected) {
        assertDeadline(parse(phrase), DeadlineKind.FIXED, expected);
    }

    @ParameterizedTest(name = "{0} in plan year {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            hạn 7/5             | 2025 | 07/05/2025
            trước 15/4          | 2026 | 15/04/2026
            ngày 1 tháng 10     | 2025 | 01/10/2025
            15/4/2024           | 2025 | 15/04/2024
            29/2                | 2024 | 29/02/2024
            ngày 29 tháng 2     | 2028 | 29/02/2028
            """)
    void takesThePlanYearOnlyWhenNoYearIsWritten(String phrase, int planYear, String expected) {
        assertDeadline(PHRASES.parse(phrase, DeadlineTestSupport.ISSUED, planYear), DeadlineKind.FIXED, expected);
    }

    @Test
    void refusesTheTwentyNinthOfFebruaryInACommonPlanYear() {
        assertUnparsed(PHRASES.parse("trước ngày 29/2", DeadlineTestSupport.ISSUED, 2025), "Ngày 29/02/2025 không có thật.");
    }

    @Test
    void readsTextCopiedWithNonBreakingSpacesAndDecomposedDiacritics() {
        String decomposed = Normalizer.normalize("trước\u00A0ngày  15/3/2024", Normalizer.Form.NFD);

        assertDeadline(parse(decomposed), DeadlineKind.FIXED, "15/03/2024");
    }

    @Test
    void doesNotNeedTheIssueDateForAWrittenDate() {
        Deadline deadline = PHRASES.parse("trước ngày 15/3", null, 2024);

        assertDeadline(deadline, DeadlineKind.FIXED, "15/03/2024");
    }
}
