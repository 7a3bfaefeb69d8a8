package vn.dondoc.messages;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.dondoc.scheduler.digest.DigestError;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.error.ErrorCode;
import vn.dondoc.scheduler.reminder.ReminderError;

/** The reminder and digest passes' refusals are said in the reader's language. */
class PassErrorTextsTests {

    @Test
    void everyCodeOfThePassesHasAVietnameseAndAnEnglishText() {
        List<ErrorCode> codes = Stream.concat(Stream.of(ReminderError.values()), Stream.of(DigestError.values())).map(c -> (ErrorCode) c)
                .toList();
        for (Texts texts : List.of(Texts.of(Texts.Language.VIETNAMESE), Texts.of(Texts.Language.ENGLISH))) {
            for (ErrorCode code : codes) {
                assertThat(texts.error(new DondocException(DondocException.Kind.BUSY, code, null))).as(code.key()).isNotBlank();
            }
        }
    }

    @Test
    void aBusyPassSaysWhatToDoNext() {
        DondocException busy = new DondocException(DondocException.Kind.BUSY, DigestError.BUSY, null);

        assertThat(Texts.of(Texts.Language.VIETNAMESE).error(busy))
                .isEqualTo("Một lượt gửi bản tổng hợp tuần khác đang chạy trên sổ này (dondoc run hoặc digest): đợi nó xong rồi chạy lại.");
        assertThat(Texts.of(Texts.Language.ENGLISH).error(new DondocException(DondocException.Kind.BUSY, ReminderError.BUSY, null)))
                .startsWith("Another reminder pass is running").contains("wait for it to finish");
    }
}
