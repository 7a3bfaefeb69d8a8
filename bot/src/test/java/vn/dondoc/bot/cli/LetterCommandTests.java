package vn.dondoc.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.scheduler.testing.DebianPackages;

/**
 * {@code letter} on the 152/QĐ-UBND register (Phụ lục 01's tasks and Phụ lục 03's indicators) for Sở Xây dựng as
 * of 10/04/2024: the .docx read back with POI, and converted by LibreOffice.
 */
class LetterCommandTests {

    static final Path PHU_LUC_03 = Path.of("../examples/152-QD-UBND-2024-phu-luc-03.tsv");

    @TempDir
    Path dir;
    CliRunner cli;

    @BeforeEach
    void importBothAppendices() {
        cli = new CliRunner(dir.resolve("register.db"))
                .env("DONDOC_SIGNER_NAME", "Nguyễn Văn Hùng")
                .env("DONDOC_SIGNER_TITLE", "KT. CHÁNH VĂN PHÒNG|PHÓ CHÁNH VĂN PHÒNG");
        CliRunner.Result tasks = cli.importReal();
        assertThat(tasks.status()).as(tasks.err()).isZero();
        CliRunner.Result indicators = cli.run("import", PHU_LUC_03.toString(), "--source", "152/QĐ-UBND", "--issued", "2024-01-18");
        assertThat(indicators.status()).as(indicators.err()).isZero();
        assertThat(indicators.out()).contains("150 chỉ tiêu");
    }

    @Test
    void theLetterToSoXayDungListsExactlyItsOverdueTasksAndItsFiguresNotReported() throws Exception {
        Path docx = write();

        // Read off Phụ lục 01 by hand: Sở Xây dựng leads 37 and 39 (Tháng 1), 40 and 41 (Tháng 2), 43 (Tháng 3) and
        // 44 (Quý I); 45 (Tháng 4), 28 (Quý II) and the later ones are not yet due on 10/04/2024.
        assertThat(overdueItemsInTheRegister()).containsExactlyInAnyOrder("37", "39", "40", "41", "43", "44");
        try (XWPFDocument doc = open(docx)) {
            List<XWPFTable> tables = doc.getTables();
            assertThat(tables).hasSize(4); // heading, tasks, indicators, signature
            List<String> items = new ArrayList<>();
            for (XWPFTableRow row : tables.get(1).getRows().subList(1, tables.get(1).getRows().size())) {
                items.add(row.getCell(1).getText());
            }
            assertThat(items).containsExactlyInAnyOrder("152/QĐ-UBND, mục 37", "152/QĐ-UBND, mục 39",
                    "152/QĐ-UBND, mục 40", "152/QĐ-UBND, mục 41", "152/QĐ-UBND, mục 43", "152/QĐ-UBND, mục 44");
            XWPFTableRow first = tables.get(1).getRow(1);
            assertThat(first.getCell(3).getText()).isEqualTo("31/01/2024");
            assertThat(first.getCell(4).getText()).isEqualTo("70");
            assertThat(first.getCell(5).getText()).isEqualTo("Không");
            // Its two indicators (urban clean water, Đô thị loại IV trở lên and loại V): Quý I not reported.
            assertThat(tables.get(2).getRows()).hasSize(3);
            assertThat(tables.get(2).getRow(1).getCell(1).getText()).contains("Đô thị loại IV trở lên");
            assertThat(tables.get(2).getRow(1).getCell(3).getText()).isEqualTo("Quý I");
            assertThat(tables.get(2).getRow(1).getCell(4).getText()).isEqualTo("77");
        }
    }

    @Test
    void theLetterHasTheFixedPartsOfTheFormOfDecree30() throws Exception {
        Path docx = write();
        try (XWPFDocument doc = open(docx)) {
            XWPFTable heading = doc.getTables().get(0);
            assertThat(lines(heading.getRow(0).getCell(0))).containsExactly("UBND TỈNH NGHỆ AN", "VĂN PHÒNG",
                    "Số: …/VP-TH", "V/v đôn đốc thực hiện nhiệm vụ được giao tại Quyết định số 152/QĐ-UBND ngày 18/01/2024");
            assertThat(lines(heading.getRow(0).getCell(1))).containsExactly("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "Nghệ An, ngày 10 tháng 4 năm 2024");
            List<String> paragraphs = doc.getParagraphs().stream().map(p -> p.getText()).filter(t -> !t.isBlank()).toList();
            assertThat(paragraphs.get(0)).isEqualTo("Kính gửi: Sở Xây dựng.");
            assertThat(paragraphs).anySatisfy(p -> assertThat(p).startsWith("Thực hiện Quyết định số 152/QĐ-UBND ngày 18/01/2024")
                    .contains("Sở Xây dựng còn 6 nhiệm vụ quá hạn").contains("2 kỳ chỉ tiêu chưa báo cáo"));
            // Five working days after Wednesday 10/04/2024 (the Giỗ Tổ holiday, 18/04, is not in them).
            assertThat(paragraphs).anySatisfy(p -> assertThat(p).contains("trước ngày 17/04/2024"));
            assertThat(paragraphs.get(paragraphs.size() - 1)).isEqualTo("Văn phòng UBND tỉnh thông báo để Sở Xây dựng biết, thực hiện./.");
            XWPFTable signature = doc.getTables().get(3);
            assertThat(lines(signature.getRow(0).getCell(0))).containsExactly("Nơi nhận:", "- Như trên;",
                    "- Chủ tịch, các PCT UBND tỉnh (để b/c);", "- Chánh VP, các PCVP UBND tỉnh;", "- Lưu: VT, TH.");
            assertThat(lines(signature.getRow(0).getCell(1))).containsExactly("KT. CHÁNH VĂN PHÒNG",
                    "PHÓ CHÁNH VĂN PHÒNG", "Nguyễn Văn Hùng");
            var size = doc.getDocument().getBody().getSectPr().getPgSz();
            assertThat(size.getW().toString()).isEqualTo("11906"); // A4
            assertThat(size.getH().toString()).isEqualTo("16838");
            assertThat(doc.getParagraphs().get(0).getRuns().get(0).getFontFamily()).isEqualTo("Times New Roman");
        }
    }

    @Test
    void libreOfficeOpensTheLetterAndPrintsItToPdf() throws Exception {
        Path docx = write();
        Path soffice = DebianPackages.command("soffice", "libreoffice-writer-nogui");
        Path pdftotext = DebianPackages.command("pdftotext", "poppler-utils");
        // Times New Roman's metric twin: without it LibreOffice sets the letter in a wider face and lines break elsewhere.
        DebianPackages.ensure("fonts-liberation");
        Path pdfDir = Files.createDirectories(dir.resolve("pdf"));
        List<String> log = new ArrayList<>();
        boolean converted = DebianPackages.run(log, soffice.toString(), "-env:UserInstallation=file://" + dir.resolve("lo-profile"),
                "--headless", "--convert-to", "pdf", "--outdir", pdfDir.toString(), docx.toString());
        Path pdf = pdfDir.resolve(docx.getFileName().toString().replace(".docx", ".pdf"));
        assertThat(converted).as(String.join("\n", log)).isTrue();
        assertThat(pdf).exists();
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Path text = dir.resolve("letter.txt");
        assertThat(DebianPackages.run(log, pdftotext.toString(), "-layout", pdf.toString(), text.toString()))
                .as(String.join("\n", log)).isTrue();
        String printed = Files.readString(text, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        assertThat(printed).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Kính gửi: Sở Xây dựng.",
                "Nơi nhận:", "Quy hoạch xây dựng vùng", "31/01/2024");
    }

    private Path write() {
        Path out = dir.resolve("letters");
        CliRunner.Result result = cli.run("letter", "--agency", "Sở Xây dựng", "--now", "2024-04-10", "--out", out.toString());
        assertThat(result.status()).as(result.err()).isZero();
        Path docx = out.resolve("cong-van-don-doc-so-xay-dung-2024-04-10.docx");
        assertThat(result.out()).contains(docx.toString()).contains("6 nhiệm vụ quá hạn");
        assertThat(docx).exists();
        return docx;
    }

    /** Items of the tasks Sở Xây dựng leads that `tasks --json` says are overdue on the day. */
    private Set<String> overdueItemsInTheRegister() throws Exception {
        CliRunner.Result tasks = cli.run("tasks", "--agency", "Sở Xây dựng", "--status", "OPEN_OVERDUE", "--now", "2024-04-10", "--json");
        Set<String> items = new LinkedHashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : tasks.lines()) {
            JsonNode node = json.readTree(line);
            List<String> lead = new ArrayList<>();
            node.get("lead").forEach(n -> lead.add(n.asText()));
            if (lead.contains("Sở Xây dựng")) {
                items.add(node.get("item").asText());
            }
        }
        return items;
    }

    private static XWPFDocument open(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx)) {
            return new XWPFDocument(in);
        }
    }

    /** The cell's paragraphs with text, one a line. */
    private static List<String> lines(org.apache.poi.xwpf.usermodel.XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(p -> p.getText().strip()).filter(l -> !l.isEmpty()).toList();
    }
}
