package vn.dondoc.scheduler.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableFilesTextTests {

    // Surefire runs in the module directory; the example lives at the repository root.
    private static final Path EXAMPLE = Path.of("..", "examples", "152-QD-UBND-2024-phu-luc-01.tsv");

    @TempDir
    Path dir;

    @Test
    void readsTheRealAppendixWithTitlesHeaderGroupsAndAllNumberedTasks() throws Exception {
        List<Table> tables = TableFiles.read(EXAMPLE);

        assertThat(tables).hasSize(1);
        Table table = tables.get(0);
        assertThat(table.sheet()).isNull();
        List<SheetRow> rows = table.rows();
        assertThat(rows.get(0)).isEqualTo(new SheetRow(1,
                List.of("Phụ lục 01: MỘT SỐ NHIỆM VỤ CỤ THỂ CỦA CÁC NGÀNH, LĨNH VỰC NĂM 2024")));
        assertThat(rows.get(1).line()).isEqualTo(2);
        assertThat(rows.get(2)).isEqualTo(new SheetRow(4, List.of("TT", "Nhiệm vụ/ Nội dung công việc",
                "Cơ quan chủ trì", "Thời gian thực hiện/trình UBND tỉnh")));
        assertThat(rows.get(3).line()).isEqualTo(5);
        assertThat(rows.get(3).cells()).hasSize(2).first().isEqualTo("I");
        assertThat(rows.get(4).cells()).containsExactly("1",
                rows.get(4).cells().get(1), "Sở Kế hoạch và Đầu tư", "Tháng 1");

        List<SheetRow> tasks = rows.stream().filter(row -> row.cells().get(0).matches("\\d+")).toList();
        assertThat(tasks).hasSize(178);
        assertThat(tasks).allSatisfy(task -> assertThat(task.cells()).hasSize(4));
        assertThat(tasks.get(177).cells().get(0)).isEqualTo("178");
        assertThat(rows.stream().filter(row -> row.cells().get(0).equals("TT"))).hasSize(6);
        assertThat(rows).hasSize(204 - 7).allSatisfy(row -> assertThat(row.cells()).anyMatch(c -> !c.isEmpty()));
        assertThat(rows).extracting(SheetRow::line).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void keepsQuotesInsideAPlainTsvCell() throws Exception {
        SheetRow row = TableFiles.read(EXAMPLE).get(0).rows().stream()
                .filter(r -> r.line() == 137).findFirst().orElseThrow();

        assertThat(row.cells()).hasSize(4);
        assertThat(row.cells().get(1)).contains("\"Tết trồng cây - Đòi đòi nhớ ơn Bác Hồ\"");
    }

    @Test
    void readsASemicolonCsvAsExcelWritesItWithAVietnameseLocale() throws Exception {
        Path file = write("giao.csv", "TT;Nhiệm vụ;Cơ quan chủ trì;Thời hạn\n"
                + "1;Báo cáo tình hình, kết quả;Sở Tài chính, Sở Nội vụ;Tháng 3\n"
                + "2;Kế hoạch năm;Sở Xây dựng;Quý II\n");

        List<SheetRow> rows = single(file);

        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).isEqualTo(new SheetRow(2,
                List.of("1", "Báo cáo tình hình, kết quả", "Sở Tài chính, Sở Nội vụ", "Tháng 3")));
    }

    @Test
    void reportsTheFirstLineOfAQuotedMultiLineCsvCell() throws Exception {
        Path file = write("giao.csv", "TT,Nhiệm vụ,Cơ quan chủ trì\r\n"
                + "1,\"Đề án \"\"Phát triển du lịch\"\"\r\n  giai đoạn 2024-2030\",\"Sở Du lịch\r\n\r\nSở Tài chính\"\r\n"
                + "2,Kế hoạch,Sở Xây dựng\r\n");

        List<SheetRow> rows = single(file);

        assertThat(rows).extracting(SheetRow::line).containsExactly(1, 2, 6);
        assertThat(rows.get(1).cells()).containsExactly("1",
                "Đề án \"Phát triển du lịch\"\ngiai đoạn 2024-2030", "Sở Du lịch\nSở Tài chính");
    }

    @Test
    void readsTsvWhoseCellsExcelWrappedInQuotes() throws Exception {
        Path file = write("giao.tsv", "TT\tNhiệm vụ\tCơ quan\n"
                + "1\t\"Kế hoạch\tcó tab\"\t\"Sở A\nSở B\"\n"
                + "2\tBáo cáo\tSở C\n");

        List<SheetRow> rows = single(file);

        assertThat(rows).extracting(SheetRow::line).containsExactly(1, 2, 4);
        assertThat(rows.get(1).cells()).containsExactly("1", "Kế hoạch có tab", "Sở A\nSở B");
    }

    @Test
    void fallsBackToPlainLinesWhenATsvQuoteNeverCloses() throws Exception {
        Path file = write("giao.tsv", "TT\tNhiệm vụ\tCơ quan\n"
                + "1\t\"Đề án du lịch\tSở Du lịch\n"
                + "2\tKế hoạch\tSở Xây dựng\n"
                + "3\tBáo cáo\tSở Tài chính\n");

        List<SheetRow> rows = single(file);

        assertThat(rows).extracting(SheetRow::line).containsExactly(1, 2, 3, 4);
        assertThat(rows.get(1).cells()).containsExactly("1", "\"Đề án du lịch", "Sở Du lịch");
        assertThat(rows.get(3).cells()).containsExactly("3", "Báo cáo", "Sở Tài chính");
    }

    @Test
    void fallsBackToPlainLinesWhenATsvCellStartsWithAQuoteAndGoesOnAfterIt() throws Exception {
        Path file = write("giao.tsv", "TT\tNhiệm vụ\tCơ quan\n"
                + "1\t\"Phát triển du lịch\" của tỉnh\tSở Du lịch\n"
                + "2\tĐề án \"Chuyển đổi số\"\tSở TT&TT\n");

        List<SheetRow> rows = single(file);

        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).cells()).containsExactly("1", "\"Phát triển du lịch\" của tỉnh", "Sở Du lịch");
        assertThat(rows.get(2).cells()).containsExactly("2", "Đề án \"Chuyển đổi số\"", "Sở TT&TT");
    }

    @Test
    void fallsBackWhenAQuotedTsvCellWouldSwallowWholeRows() throws Exception {
        // The stray quote on line 2 "closes" at the end of line 3 — valid syntax, but it ate a row.
        Path file = write("giao.tsv", "TT\tNhiệm vụ\tCơ quan\n"
                + "1\t\"Đề án A\tSở A\n"
                + "2\tĐề án B\tSở B\"\n"
                + "3\tĐề án C\tSở C\n");

        List<SheetRow> rows = single(file);

        assertThat(rows).extracting(SheetRow::line).containsExactly(1, 2, 3, 4);
        assertThat(rows.get(2).cells()).containsExactly("2", "Đề án B", "Sở B\"");
    }

    @Test
    void readsUtf8WithBom() throws Exception {
        byte[] body = "TT\tCơ quan chủ trì\n1\tSở Y tế\n".getBytes(StandardCharsets.UTF_8);
        Path file = write("giao.tsv", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body));

        assertThat(single(file).get(0).cells()).containsExactly("TT", "Cơ quan chủ trì");
    }

    @Test
    void readsExcelUnicodeTextAsUtf16LittleEndianWithBom() throws Exception {
        byte[] body = "TT\tCơ quan chủ trì\r\n1\tSở Giáo dục và Đào tạo\r\n".getBytes(StandardCharsets.UTF_16LE);
        Path file = write("giao.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, body));

        List<SheetRow> rows = single(file);

        assertThat(rows).containsExactly(new SheetRow(1, List.of("TT", "Cơ quan chủ trì")),
                new SheetRow(2, List.of("1", "Sở Giáo dục và Đào tạo")));
    }

    @Test
    void readsUtf16BigEndianWithBom() throws Exception {
        byte[] body = "TT\tHạn\n1\tQuý I\n".getBytes(StandardCharsets.UTF_16BE);
        Path file = write("giao.tsv", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, body));

        assertThat(single(file).get(1).cells()).containsExactly("1", "Quý I");
    }

    @Test
    void decodesWindows1258AndComposesTheToneMarks() throws Exception {
        // "Sở Y tế" as Excel's plain "CSV" writes it on Vietnamese Windows: ơ is one byte (F5), the hook
        // above (D2) and the acute (EC) are separate combining bytes.
        byte[] soYTe = {'1', ';', 'S', (byte) 0xF5, (byte) 0xD2, ' ', 'Y', ' ', 't', (byte) 0xEA, (byte) 0xEC, '\n'};
        String sentence = "Sở Nông nghiệp và Phát triển nông thôn chủ trì, báo cáo UBND tỉnh trước ngày 15";
        Path file = write("giao.csv", concat(soYTe, windows1258("2;" + sentence + "\n")));

        List<SheetRow> rows = single(file);

        assertThat(rows.get(0).cells()).containsExactly("1", "Sở Y tế");
        assertThat(rows.get(1).cells()).containsExactly("2", sentence);
        assertThat(Normalizer.isNormalized(rows.get(1).cells().get(1), Normalizer.Form.NFC)).isTrue();
    }

    /** Windows' form: letters with circumflex, breve or horn stay whole, the five tone marks are split off. */
    private static byte[] windows1258(String text) throws CharacterCodingException {
        StringBuilder split = new StringBuilder();
        for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            String tone = decomposed.replaceAll("[^\u0300\u0301\u0303\u0309\u0323]", "");
            String base = Normalizer.normalize(decomposed.replaceAll("[\u0300\u0301\u0303\u0309\u0323]", ""),
                    Normalizer.Form.NFC);
            split.append(base).append(tone);
        }
        ByteBuffer bytes = Charset.forName("windows-1258").newEncoder()
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .encode(CharBuffer.wrap(split));
        byte[] out = new byte[bytes.remaining()];
        bytes.get(out);
        return out;
    }

    @Test
    void composesDecomposedUtf8Input() throws Exception {
        String nfd = Normalizer.normalize("1\tỦy ban nhân dân tỉnh Nghệ An", Normalizer.Form.NFD);
        Path file = write("giao.tsv", nfd.getBytes(StandardCharsets.UTF_8));

        assertThat(single(file).get(0).cells().get(1)).isEqualTo("Ủy ban nhân dân tỉnh Nghệ An")
                .isNotEqualTo(nfd.substring(2));
    }

    @Test
    void cleansSpacesButKeepsOneAgencyPerLineInsideACell() throws Exception {
        Path file = write("giao.csv", "1,\"  Sở\u00A0Tài   chính \r\n\r\n\u2003Sở Nội vụ\t \",  Quý\u202FI  ,,\n");

        assertThat(single(file)).containsExactly(new SheetRow(1, List.of("1", "Sở Tài chính\nSở Nội vụ", "Quý I")));
    }

    @Test
    void dropsEmptyRowsAndKeepsTheOtherLineNumbers() throws Exception {
        Path file = write("giao.tsv", "\n\t\t\nTT\tNội dung\n \t \n1\tViệc một\n\n");

        assertThat(single(file)).extracting(SheetRow::line).containsExactly(3, 5);
    }

    @Test
    void countsOldMacAndWindowsLineEndingsAsOneLineEach() throws Exception {
        Path file = write("giao.tsv", "TT\tNội dung\r1\tMột\r\n2\tHai\n\r\n3\tBa");

        assertThat(single(file)).extracting(SheetRow::line).containsExactly(1, 2, 3, 5);
    }

    @Test
    void readsEveryRowOfALongFileWithQuotesInsideCells() throws Exception {
        StringBuilder text = new StringBuilder("TT\tNhiệm vụ\tCơ quan chủ trì\tThời hạn\n");
        for (int i = 1; i <= 200; i++) {
            text.append(i).append("\tNhiệm vụ \"số\" ").append(i).append(" của tỉnh\tSở Tài chính\tQuý IV\n");
        }
        List<SheetRow> rows = single(write("giao.tsv", text.toString()));

        assertThat(rows).hasSize(201);
        assertThat(rows.get(200).line()).isEqualTo(201);
        assertThat(rows.get(200).cells()).containsExactly("200", "Nhiệm vụ \"số\" 200 của tỉnh", "Sở Tài chính", "Quý IV");
    }

    private List<SheetRow> single(Path file) throws UnreadableFileException {
        List<Table> tables = TableFiles.read(file);
        assertThat(tables).hasSize(1);
        assertThat(tables.get(0).sheet()).isNull();
        return tables.get(0).rows();
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
