package vn.dondoc.messages.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dondoc.scheduler.digest.RealRegister.MONDAY;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.digest.Digest;
import vn.dondoc.scheduler.digest.DigestBuilder;
import vn.dondoc.scheduler.digest.DigestScope;
import vn.dondoc.scheduler.digest.RealRegister;
import vn.dondoc.scheduler.task.MilestoneLine;
import vn.dondoc.scheduler.task.MilestoneStatus;

/** The chart and the workbook that go with the digest, read back as a phone and Excel would. */
class DigestAttachmentsTests {

    @TempDir
    static Path dir;
    static RealRegister register;
    static Digest digest;
    static List<MilestoneLine> lines;
    static final Texts VI = Texts.of(Texts.Language.VIETNAMESE);
    static final Texts EN = Texts.of(Texts.Language.ENGLISH);
    static final DigestChart chart = new DigestChart(VI);
    static final DigestWorkbook workbook = new DigestWorkbook(VI);

    @BeforeAll
    static void build() throws Exception {
        register = new RealRegister(dir).withReports();
        DigestBuilder builder = RealRegister.builder(register.db, RealRegister.at(MONDAY));
        digest = builder.build(MONDAY, DigestScope.all());
        lines = builder.lines(MONDAY, DigestScope.all());
    }

    @AfterAll
    static void close() {
        register.db.close();
    }

    @Test
    void theChartIsAPngAPhoneCanShowFullWidth() throws Exception {
        byte[] png = chart.png(digest);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(1080);
        assertThat(image.getHeight()).isBetween(800, 2400);
        assertThat(png.length).isGreaterThan(20_000);
        assertThat(distinctColours(image)).as("bars, text and background, not a blank image").isGreaterThan(20);
    }

    @Test
    void theChartsFontWritesEveryVietnameseLetterOfItsLabels() {
        Font font = DigestChart.font();

        assertThat(font.canDisplayUpTo(DigestChart.VIETNAMESE_SAMPLE)).as(font.getFamily()).isEqualTo(-1);
        assertThat(font.canDisplayUpTo(DigestChart.labels(VI))).as(font.getFamily()).isEqualTo(-1);
        assertThat(font.canDisplayUpTo(DigestChart.labels(EN))).as(font.getFamily()).isEqualTo(-1);
        for (Digest.AgencyRow row : digest.agencies()) {
            assertThat(font.canDisplayUpTo(row.shortName())).as(row.name()).isEqualTo(-1);
        }
    }

    @Test
    void theChartShowsTheFourStatusesOfTheMostOverdueAgenciesAndSumsTheRestInOneLine() {
        DefaultCategoryDataset data = chart.dataset(digest);

        assertThat(data.getRowKeys()).containsExactly("hoàn thành đúng hạn", "hoàn thành quá hạn",
                "đang thực hiện trong hạn", "đang thực hiện quá hạn");
        assertThat(data.getColumnCount()).isEqualTo(DigestChart.TOP);
        List<Digest.AgencyRow> shown = DigestChart.shown(digest);
        assertThat(data.getColumnKeys()).extracting(Object::toString)
                .containsExactlyElementsOf(shown.stream().map(Digest.AgencyRow::shortName).toList());
        assertThat(shown).extracting(r -> r.count(MilestoneStatus.OPEN_OVERDUE)).isSortedAccordingTo((a, b) -> b - a);
        int leastOverdueShown = shown.get(shown.size() - 1).count(MilestoneStatus.OPEN_OVERDUE);
        assertThat(digest.agencies()).filteredOn(r -> !shown.contains(r))
                .allSatisfy(r -> assertThat(r.count(MilestoneStatus.OPEN_OVERDUE)).isLessThanOrEqualTo(leastOverdueShown));
        int rest = digest.agencies().size() - DigestChart.TOP;
        int restOverdue = digest.agencies().stream().filter(r -> !shown.contains(r))
                .mapToInt(r -> r.count(MilestoneStatus.OPEN_OVERDUE)).sum();
        assertThat(chart.othersNote(digest)).hasValueSatisfying(note ->
                assertThat(note).startsWith("Khác: " + rest + " cơ quan").endsWith(restOverdue + " quá hạn"));
        for (int c = 0; c < data.getColumnCount(); c++) {
            Digest.AgencyRow row = shown.get(c);
            assertThat(data.getValue("đang thực hiện quá hạn", data.getColumnKey(c)).intValue())
                    .isEqualTo(row.count(MilestoneStatus.OPEN_OVERDUE));
        }
    }

    @Test
    void theWorkbookHasOneRowPerMilestoneWithTheSameStatusCounts() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.xlsx(lines, MONDAY)))) {
            Sheet sheet = book.getSheet("Sổ nhiệm vụ");

            assertThat(sheet.getLastRowNum()).isEqualTo(lines.size());
            assertThat(text(sheet.getRow(0))).containsExactly("Mã", "Văn bản", "Mục", "Nhóm", "Nội dung nhiệm vụ",
                    "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Hạn", "Hạn ban đầu", "Ngày hoàn thành", "Trạng thái");
            Map<MilestoneStatus, Integer> counts = new EnumMap<>(MilestoneStatus.class);
            for (MilestoneStatus status : MilestoneStatus.values()) {
                counts.put(status, 0);
            }
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                String label = sheet.getRow(r).getCell(DigestWorkbook.STATUS_COLUMN).getStringCellValue();
                MilestoneStatus status = List.of(MilestoneStatus.values()).stream()
                        .filter(s -> VI.get("status." + s).equals(label)).findFirst().orElseThrow();
                counts.merge(status, 1, Integer::sum);
            }
            assertThat(counts).isEqualTo(digest.totals());
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(lines.get(0).taskId());
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("152/QĐ-UBND");
            assertThat(first.getCell(8).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(lines.get(0).due());
        }
    }

    @Test
    void theWorkbookCanBeFilteredKeepsItsHeaderInViewAndColoursEachStatus() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.xlsx(lines, MONDAY)))) {
            XSSFSheet sheet = book.getSheet("Sổ nhiệm vụ");

            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:L" + (lines.size() + 1));
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(sheet.getColumnWidth(4)).isGreaterThan(sheet.getColumnWidth(0) * 4);
            Map<String, String> fillByStatus = new java.util.HashMap<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Cell status = sheet.getRow(r).getCell(DigestWorkbook.STATUS_COLUMN);
                String fill = sheet.getWorkbook().getCellStyleAt(status.getCellStyle().getIndex()).getFillForegroundColorColor()
                        .getARGBHex();
                String previous = fillByStatus.putIfAbsent(status.getStringCellValue(), fill);
                assertThat(previous == null || previous.equals(fill)).isTrue();
            }
            assertThat(fillByStatus).hasSize(6);
            assertThat(fillByStatus.values()).doesNotHaveDuplicates();
            Sheet summary = book.getSheet("Tổng hợp");
            assertThat(summary.getRow(4).getCell(0).getStringCellValue()).isEqualTo("đang thực hiện quá hạn");
            assertThat(summary.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(11);
        }
    }

    @Test
    void inEnglishTheChartAndTheWorkbookSpeakEnglish() throws Exception {
        DigestChart english = new DigestChart(EN);

        assertThat(english.dataset(digest).getRowKeys()).containsExactly("done on time", "done late", "open, on time",
                "open, overdue");
        assertThat(english.othersNote(digest)).hasValueSatisfying(note -> assertThat(note).startsWith("Others: ")
                .contains(" agencies, ").endsWith(" overdue"));
        assertThat(ImageIO.read(new ByteArrayInputStream(english.png(digest)))).isNotNull();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(new DigestWorkbook(EN).xlsx(lines, MONDAY)))) {
            Sheet sheet = book.getSheet("Task register");
            assertThat(text(sheet.getRow(0))).hasSize(12).startsWith("No.", "Document").endsWith("Status");
            assertThat(sheet.getRow(1).getCell(DigestWorkbook.STATUS_COLUMN).getStringCellValue())
                    .isEqualTo(EN.get("status." + lines.get(0).status()));
            assertThat(book.getSheet("Summary").getRow(0).getCell(0).getStringCellValue()).isEqualTo("As of");
        }
    }

    @Test
    void aMessageOfAScopeAlreadyDrawnIsNotDrawnAgain() {
        DigestAttachments attachments = new DigestAttachments(VI);
        vn.dondoc.scheduler.digest.DigestMessage office = new vn.dondoc.scheduler.digest.DigestMessage(1, 1001, "Văn phòng",
                vn.dondoc.scheduler.contact.ContactRole.OFFICE, digest, lines);
        vn.dondoc.scheduler.digest.DigestMessage chairman = new vn.dondoc.scheduler.digest.DigestMessage(2, 1002, "Chủ tịch",
                vn.dondoc.scheduler.contact.ContactRole.LEADER, digest, lines);

        DigestAttachments.Drawn first = attachments.of(office);

        assertThat(attachments.of(chairman)).isSameAs(first);
        assertThat(first.png()).isNotEmpty();
        assertThat(first.xlsx()).isNotEmpty();
    }

    @Test
    void anEmptyRegisterStillGivesAChartAndAWorkbook() throws Exception {
        Digest empty = new Digest(MONDAY, MONDAY, DigestScope.all(), Map.of(), Map.of(), Digest.PreviousFrom.RECOMPUTED,
                List.of(), List.of(), List.of(), List.of());

        assertThat(ImageIO.read(new ByteArrayInputStream(chart.png(empty)))).isNotNull();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.xlsx(List.of(), MONDAY)))) {
            assertThat(book.getSheet("Sổ nhiệm vụ").getLastRowNum()).isZero();
        }
    }

    private static List<String> text(Row row) {
        List<String> cells = new java.util.ArrayList<>();
        row.forEach(c -> cells.add(c.getCellType() == CellType.STRING ? c.getStringCellValue() : c.toString()));
        return cells;
    }

    private static int distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
