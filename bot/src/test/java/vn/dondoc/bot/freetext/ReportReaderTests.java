package vn.dondoc.bot.freetext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules alone; the conversations through the fake Bot API are in command/FreeTextConversationTests. */
class ReportReaderTests {

    @Test
    void readsTheIssuesSixFormsWithTheirNotesDatesAndReasons() {
        assertThat(ReportReader.read("đã xong nhiệm vụ 47")).contains(new FreeReport.Done(47L, null));
        assertThat(ReportReader.read("xong 47 rồi ạ")).contains(new FreeReport.Done(47L, null));
        assertThat(ReportReader.read("nv 12 đạt 60%")).contains(new FreeReport.Progress(12L, 60, null));
        assertThat(ReportReader.read("47 đang làm được 70%, chờ Sở Tài chính"))
                .contains(new FreeReport.Progress(47L, 70, "chờ Sở Tài chính"));
        assertThat(ReportReader.read("xin gia hạn nhiệm vụ 12 đến 15/4 vì chờ ý kiến Bộ"))
                .contains(new FreeReport.Extension(12L, 15, 4, null, "chờ ý kiến Bộ"));
        assertThat(ReportReader.read("xin lùi hạn 12 sang 30/4")).contains(new FreeReport.Extension(12L, 30, 4, null, null));
    }

    @Test
    void readsThemWithoutDiacriticsToo() {
        assertThat(ReportReader.read("da xong nhiem vu 47")).contains(new FreeReport.Done(47L, null));
        assertThat(ReportReader.read("47 dang lam duoc 70%, cho So Tai chinh"))
                .contains(new FreeReport.Progress(47L, 70, "cho So Tai chinh"));
        assertThat(ReportReader.read("xin gia han nhiem vu 12 den 15/4/2025 do cho y kien Bo"))
                .contains(new FreeReport.Extension(12L, 15, 4, 2025, "cho y kien Bo"));
    }

    @Test
    void aSentenceWithoutANumberLeavesTheTaskToTheReminderItAnswers() {
        assertThat(ReportReader.read("Đã hoàn thành rồi ạ")).contains(new FreeReport.Done(null, null));
        assertThat(ReportReader.read("đã làm được 80%")).contains(new FreeReport.Progress(null, 80, null));
    }

    @Test
    void whatLacksADateOrAPossiblePercentIsUnplaced() {
        assertThat(ReportReader.read("xin gia hạn nhiệm vụ 12")).contains(new FreeReport.Unplaced(FreeReport.Kind.EXTENSION, 12L));
        assertThat(ReportReader.read("nv 12 đạt 160%")).contains(new FreeReport.Unplaced(FreeReport.Kind.PROGRESS, 12L));
        assertThat(ReportReader.read("xong 12 và 13")).contains(new FreeReport.Unplaced(FreeReport.Kind.DONE, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"chào anh", "cảm ơn ạ", "nhiệm vụ 47 là gì?", "nhiệm vụ 47 xong chưa", "47 chưa xong ạ",
            "sắp hoàn thành nhiệm vụ 47", "có được gia hạn nhiệm vụ 12 không", "Dạ vâng", "ok", "hạn nhiệm vụ 12 là bao giờ ạ"})
    void questionsCourtesiesAndNotYetAreNoReport(String text) {
        assertThat(ReportReader.read(text)).isEmpty();
    }
}
