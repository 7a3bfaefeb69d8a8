package vn.dondoc.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.scheduler.notice.NoticeFiles;
import vn.dondoc.scheduler.notice.NoticeReader;
import vn.dondoc.scheduler.notice.NoticeTask;
import vn.dondoc.scheduler.testing.DebianPackages;
import vn.dondoc.scheduler.testing.TestRegisters;

class ImportNoticeCommandTests {

    /** A real direction (Quảng Trị, Công văn 6202/UBND-KT), from the reader's hand-made test set. */
    static final Path QUANG_TRI = Path.of("../scheduler/src/test/resources/notices/quangtri-6202-ubnd-kt-2023.txt");
    /** The Chairman of Nghệ An's directions after the HĐND session, a development example. */
    static final Path NGHE_AN = Path.of("../examples/notices/chu-tich-ubnd-nghe-an-chi-dao-sau-ky-hop-17.txt");

    @TempDir
    Path dir;

    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("register.db"));
    }

    @Test
    void aDryRunListsEachTaskWithItsAgencyDeadlineAndLineAndWritesNothing() {
        CliRunner.Result result = cli.run("import", QUANG_TRI.toString(), "--source", "6202/UBND-KT", "--issued", "2023-11-23",
                "--dry-run");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("tìm thấy 1 nhiệm vụ")
                .contains("dòng 4: Sở Tài nguyên và Môi trường — nghiên cứu, đề xuất UBND tỉnh xem xét theo quy định"
                        + " — hạn: \"trước ngày 10/12/2023\" → 10/12/2023")
                .contains("phối hợp: các đơn vị, địa phương liên quan")
                .contains("Chạy thử, chưa ghi gì vào sổ: 6202/UBND-KT");
        assertThat(cli.run("tasks", "--json").out()).doesNotContain("nghiên cứu");
    }

    @Test
    void aTextWithoutATableThatAssignsNothingIsRefusedAsBeforeAndTouchesNothing() throws Exception {
        Path notes = dir.resolve("ghi-chu.txt");
        Files.writeString(notes, "Các cấp, các ngành tập trung chuẩn bị chu đáo các hoạt động dịp Tết.\n");
        TestRegisters.missing(dir.resolve("register.db"));

        CliRunner.Result r = cli.run("import", notes.toString(), "--source", "1/TB", "--issued", "2024-01-18");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("tiêu đề");
        assertThat(TestRegisters.created(dir.resolve("register.db"))).isFalse();
    }

    @Test
    void savingANoticeMakesTasksAsATableImportDoesAndAgainUpdatesNothing() {
        CliRunner.Result first = cli.run("import", NGHE_AN.toString(), "--source", "CT-NA/2023", "--issued", "2023-12-26");
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out()).contains("Đã nhập CT-NA/2023").contains("19 nhiệm vụ: 19 mới, 0 cập nhật, 0 không đổi")
                .contains("— hạn: không có")
                // A sentence without a deadline has none (NONE), not one "not understood".
                .contains("1 mốc thời hạn; 18 nhiệm vụ không có thời hạn cố định; 0 thời hạn chưa hiểu được.");
        assertThat(cli.run("tasks", "--json").out()).contains("Sở Kế hoạch và Đầu tư").contains("2024-01-15");

        CliRunner.Result again = cli.run("import", NGHE_AN.toString(), "--source", "CT-NA/2023", "--issued", "2023-12-26");
        // The same document and item update a task, never duplicate it. (One task is updated: a generic cooperating
        // phrase the first import kept as a note is, the second time, the agency the first import made of it as a lead.)
        assertThat(again.out()).contains("19 nhiệm vụ: 0 mới");
    }

    @Test
    void aDocxAndThePdfCopyOfTheSameNoticeGiveTheSameTasks() throws Exception {
        List<String> text = new ArrayList<>(Files.readAllLines(NGHE_AN, StandardCharsets.UTF_8));
        text.addAll(List.of("", "Một số nhiệm vụ của các sở:", "- Sở Công Thương:",
                "+ Chủ trì, phối hợp với Sở Tài chính xây dựng kế hoạch bình ổn thị trường dịp Tết Nguyên đán Giáp Thìn 2024,"
                        + " báo cáo UBND tỉnh trước ngày 25/01/2024.",
                "+ Tăng cường kiểm tra, kiểm soát thị trường, chống buôn lậu, gian lận thương mại và hàng giả.",
                "- Sở Y tế:", "+ Bảo đảm thuốc, vật tư y tế và trực cấp cứu trong dịp Tết, hoàn thành trước ngày 05/02/2024."));
        Path docx = docx(text);
        Path pdf = toPdf(docx);
        Path copied = dir.resolve("copied.txt");
        Path pdftotext = DebianPackages.command("pdftotext", "poppler-utils");
        List<String> log = new ArrayList<>();
        assertThat(DebianPackages.run(log, pdftotext.toString(), pdf.toString(), copied.toString())).as(String.join("\n", log)).isTrue();

        NoticeReader reader = new NoticeReader(List.of());
        List<String> fromDocx = withoutLines(reader.read(NoticeFiles.lines(docx)));
        List<String> copiedLines = NoticeFiles.lines(copied);
        // The copy really is broken: more lines than paragraphs, and the page numbers and header are in it.
        assertThat(copiedLines.size()).isGreaterThan(text.size() + 20);
        assertThat(String.join("\n", copiedLines)).contains("UBND TỈNH NGHỆ AN – THÔNG BÁO").containsPattern("(?m)^Trang 2$");

        assertThat(fromDocx).hasSize(22);
        assertThat(withoutLines(reader.read(NoticeFiles.lines(pdf)))).isEqualTo(fromDocx);
        for (Path notice : List.of(docx, pdf)) {
            CliRunner.Result dryRun = cli.run("import", notice.toString(), "--source", "TB-NA/2023", "--issued", "2023-12-26",
                    "--dry-run");
            assertThat(dryRun.out()).as(dryRun.err()).contains("tìm thấy 22 nhiệm vụ")
                    .contains("Sở Y tế — bảo đảm thuốc, vật tư y tế và trực cấp cứu trong dịp Tết — hạn: \"trước ngày 05/02/2024\" → 05/02/2024");
        }
        // pdftotext joins a code hyphenated at a line's end ("QĐ-" / "UBND" → "QĐUBND"): compared without hyphens.
        assertThat(withoutHyphens(withoutLines(reader.read(copiedLines)))).isEqualTo(withoutHyphens(fromDocx));
    }

    private static List<String> withoutHyphens(List<String> tasks) {
        return tasks.stream().map(t -> t.replace("-", "")).toList();
    }

    private static List<String> withoutLines(List<NoticeTask> tasks) {
        return tasks.stream().map(t -> t.leads() + " | " + t.cooperating() + " | " + t.task() + " | " + t.deadlinePhrase()).toList();
    }

    private Path docx(List<String> paragraphs) throws Exception {
        Path file = dir.resolve("thong-bao.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFParagraph header = document.createHeader(HeaderFooterType.DEFAULT).createParagraph();
            header.createRun().setText("UBND TỈNH NGHỆ AN – THÔNG BÁO KẾT LUẬN");
            XWPFParagraph footer = document.createFooter(HeaderFooterType.DEFAULT).createParagraph();
            footer.createRun().setText("Trang ");
            footer.getCTP().addNewFldSimple().setInstr("PAGE");
            for (String text : paragraphs) {
                if (text.isBlank()) {
                    continue;
                }
                XWPFRun run = document.createParagraph().createRun();
                run.setFontFamily("Times New Roman");
                run.setFontSize(13);
                run.setText(text);
            }
            document.write(out);
        }
        return file;
    }

    private Path toPdf(Path docx) {
        Path soffice = DebianPackages.command("soffice", "libreoffice-writer-nogui");
        DebianPackages.ensure("fonts-liberation");
        Path pdfDir = dir.resolve("pdf");
        List<String> log = new ArrayList<>();
        boolean converted = DebianPackages.run(log, soffice.toString(), "-env:UserInstallation=file://" + dir.resolve("lo-profile"),
                "--headless", "--convert-to", "pdf", "--outdir", pdfDir.toString(), docx.toString());
        Path pdf = pdfDir.resolve("thong-bao.pdf");
        assertThat(converted).as(String.join("\n", log)).isTrue();
        assertThat(pdf).exists();
        return pdf;
    }
}
