package vn.dondoc.scheduler.deadline;

import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.assertDeadline;
import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.assertUnparsed;
import static vn.dondoc.scheduler.deadline.DeadlineTestSupport.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeadlineNoneTests {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Khi có đề xuất",
        "Theo tiến độ hướng dẫn của TW",
        "Thường xuyên",
        "Liên tục",
        "Hằng ngày",
        "Kịp thời",
        "Theo yêu cầu",
        "Khi có yêu cầu",
        "Theo chỉ đạo của UBND tỉnh",
        "Ngay sau khi có hướng dẫn",
        "Theo kế hoạch của Bộ",
        "Đột xuất",
        "khi co de xuat",
        "THƯỜNG XUYÊN",
        "thuong xuyen, lien tuc",
        "Hàng ngày",
        "Theo chỉ đạo của Thủ tướng Chính phủ",
        "Khi có văn bản hướng dẫn của Bộ Tài chính",
        "Sau khi được phê duyệt",
        "Theo quy định",
        "theo quy dinh",
        "Theo qui định",
        "Theo kế hoạch của Sở Tài nguyên và Môi trường miền Nam",
        "Thường xuyên (khi có yêu cầu)",
        "1 ngày/lần",
    })
    void hasNoDateForAnOngoingOrConditionalDuty(String phrase) {
        assertDeadline(parse(phrase), DeadlineKind.NONE, null);
    }

    /** Next to an ongoing duty, a dated item decides. */
    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Thường xuyên; báo cáo trước ngày 15/12     | FIXED     | 15/12/2024
            Khi có yêu cầu; Quý IV                     | FIXED     | 31/12/2024
            Quý I; Khi có yêu cầu                      | FIXED     | 31/03/2024
            Theo kế hoạch, tháng 6                     | FIXED     | 30/06/2024
            Hằng ngày, báo cáo tháng 6 và tháng 12     | MULTIPLE  | 30/06/2024 31/12/2024
            Thường xuyên (báo cáo hằng quý)            | RECURRING | 31/03/2024 30/06/2024 30/09/2024 31/12/2024
            """)
    void letsTheDatedItemsDecide(String phrase, DeadlineKind kind, String expected) {
        assertDeadline(parse(phrase), kind, expected);
    }

    /** A condition written straight into a date ("kế hoạch năm 2024") is read neither way. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Theo kế hoạch năm 2024                 | Không rõ ý của “Theo kế hoạch năm 2024”.
            Theo tiến độ dự án quý II              | Không rõ ý của “Theo tiến độ dự án quý II”.
            Thường xuyên đến hết năm 2024          | Không hiểu khoảng thời gian “Thường xuyên đến hết năm 2024”.
            Theo                                   | Không hiểu cụm từ “Theo”.
            Theo quý                               | Không hiểu cụm từ “Theo quý”.
            theo quy                               | Không hiểu cụm từ “theo quy”.
            """)
    void doesNotGuessAConditionTiedToADate(String phrase, String problem) {
        assertUnparsed(parse(phrase), problem);
    }
}
