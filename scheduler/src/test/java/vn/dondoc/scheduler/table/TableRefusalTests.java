package vn.dondoc.scheduler.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableRefusalTests {

    @TempDir
    Path dir;

    @Test
    void refusesAnUnsupportedExtensionNamingTheKindsItReads() throws Exception {
        String message = refusal(write("quyet-dinh.docx", "TT\tNhiệm vụ\n"));

        assertThat(message).contains(".xlsx", ".csv", ".tsv");
        assertThat(refusal(write("khong-duoi", "TT\tNhiệm vụ\n"))).isEqualTo(message);
    }

    @Test
    void refusesAnEmptyTextFile() throws Exception {
        assertThat(refusal(write("giao.tsv", new byte[0]))).startsWith("Tệp rỗng");
    }

    @Test
    void refusesATextFileWithOnlyBlankLines() throws Exception {
        assertThat(refusal(write("giao.csv", "\uFEFF \r\n\t\r\n"))).startsWith("Tệp rỗng");
    }

    @Test
    void refusesAnEmptyWorkbookFile() throws Exception {
        assertThat(refusal(write("giao.xlsx", new byte[0]))).startsWith("Tệp rỗng");
    }

    @Test
    void refusesTextRenamedToXlsxWithoutPoiDetails() throws Exception {
        String message = refusal(write("giao.xlsx", "TT\tNhiệm vụ\n1\tBáo cáo\n"));

        assertThat(message).contains(".xlsx", "không phải bảng tính");
    }

    @Test
    void refusesABrokenZipNamedXlsx() throws Exception {
        byte[] truncated = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00};

        assertThat(refusal(write("giao.xlsx", truncated))).contains("bảng tính");
    }

    @Test
    void refusesBinaryBytesWithNulsAsNotText() throws Exception {
        byte[] binary = {'T', 'T', 0x00, 0x01, (byte) 0x89, 'P', 'N', 'G', 0x00, '\t'};

        assertThat(refusal(write("giao.csv", binary))).contains("UTF-8", "hãy lưu lại");
    }

    @Test
    void refusesUtf16WithBrokenSurrogates() throws Exception {
        byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 'T', 0, 0x00, (byte) 0xD8, '\t', 0};

        assertThat(refusal(write("giao.txt", bytes))).contains("UTF-8");
    }

    @Test
    void refusesACsvQuoteThatNeverClosesNamingItsLine() throws Exception {
        Path file = write("giao.csv", "TT,Nhiệm vụ,Cơ quan\n1,Báo cáo,Sở A\n2,\"Kế hoạch,Sở B\n3,Đề án,Sở C\n");

        assertThat(refusal(file)).contains("dòng 3");
    }

    @Test
    void refusesACsvQuoteFollowedByMoreTextNamingItsLine() throws Exception {
        Path file = write("giao.csv", "TT;Nhiệm vụ\n\n1;\"Phát triển du lịch\" của tỉnh\n");

        assertThat(refusal(file)).contains("dòng 3");
    }

    @Test
    void refusesAMissingFileWithoutItsPath() throws Exception {
        String message = refusal(dir.resolve("khong-co.tsv"));

        assertThat(message).startsWith("Không mở được tệp").doesNotContain(dir.toString());
    }

    @Test
    void refusesAWorkbookWithoutAVisibleSheet() throws Exception {
        Path file = dir.resolve("an.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Một");
            workbook.createSheet("Hai");
            workbook.setSheetHidden(0, true);
            workbook.setSheetHidden(1, true);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        assertThat(refusal(file)).contains("bỏ ẩn");
    }

    /** Every refusal: one Vietnamese sentence with diacritics, no Java or POI internals. */
    private static String refusal(Path file) {
        UnreadableFileException refused = catchThrowableOfType(UnreadableFileException.class,
                () -> TableFiles.read(file));

        assertThat(refused).as("refused").isNotNull();
        String message = vn.dondoc.scheduler.error.VietnameseErrors.render(refused);
        assertThat(message).matches("\\p{Lu}[^\\n]*\\.").containsPattern("[ảạãáàơưđệếểễềọỏộốổồờởớợủụứừửữỹỷỵ]")
                .doesNotContain("Exception", "java.", "org.apache", "\tat ", "Tệp.");
        assertThat(message.substring(0, message.length() - 1)).doesNotContain(". ");
        return message;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
