package vn.dondoc.scheduler.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableCsvDelimiterTests {

    @Test
    void picksCommaWhenCellsHoldSemicolons() {
        String text = "Phụ lục 01: NHIỆM VỤ NĂM 2024\n"
                + "TT,Nhiệm vụ,Cơ quan chủ trì\n"
                + "1,Báo cáo; tổng hợp,Sở Tài chính\n"
                + "2,\"Kế hoạch, đề án\",Sở Nội vụ; Sở Y tế\n";

        assertThat(TextTables.sniffDelimiter(text)).isEqualTo(',');
    }

    @Test
    void picksSemicolonWhenCellsHoldCommas() {
        String text = "TT;Nhiệm vụ;Cơ quan chủ trì;Thời hạn\n"
                + "1;Báo cáo tình hình, kết quả;Sở Tài chính, Sở Nội vụ;Tháng 3\n"
                + "2;Kế hoạch;Sở Xây dựng;Quý II, quý III\n";

        assertThat(TextTables.sniffDelimiter(text)).isEqualTo(';');
    }

    @Test
    void picksTabInACsvThatIsReallyTabSeparated() {
        String text = "TT\tNhiệm vụ\tCơ quan\n1\tBáo cáo, kết quả\tSở A\n2\tKế hoạch\tSở B\n";

        assertThat(TextTables.sniffDelimiter(text)).isEqualTo('\t');
    }

    @Test
    void countsExcelPaddedTitleRowsForTheirDelimiter() {
        String text = "MỘT SỐ NHIỆM VỤ CỦA CÁC NGÀNH, LĨNH VỰC;;;\n"
                + "(Kèm theo Quyết định số 152/QĐ-UBND, ngày 18/01/2024);;;\n"
                + "TT;Nhiệm vụ;Cơ quan;Hạn\n1;Việc một, việc hai;Sở A;Tháng 1\n";

        assertThat(TextTables.sniffDelimiter(text)).isEqualTo(';');
    }

    @Test
    void fallsBackToCommaForASingleColumn() {
        assertThat(TextTables.sniffDelimiter("Nhiệm vụ\nBáo cáo\n")).isEqualTo(',');
    }

    @Test
    void judgesACandidateByTheRecordsBeforeABrokenQuote() {
        String text = "TT;Nhiệm vụ\n1;\"Phát triển du lịch\" của tỉnh\n";

        assertThat(TextTables.sniffDelimiter(text)).isEqualTo(';');
    }

    @Test
    void followsExcelsSeparatorHintAndSkipsIt() throws Exception {
        String text = "sep=;\r\nTT;Nhiệm vụ, đề án\r\n1;Báo cáo, tổng hợp\r\n";

        assertThat(TextTables.csv(text)).containsExactly(
                new SheetRow(2, List.of("TT", "Nhiệm vụ, đề án")),
                new SheetRow(3, List.of("1", "Báo cáo, tổng hợp")));
    }
}
