package vn.dondoc.scheduler.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableWorkbookTests {

    @TempDir
    Path dir;

    private Path register;

    /**
     * Excel rows: 1 title merged A1:D1, 3 header, 4–6 tasks with the lead agency merged C4:C6 and the
     * deadline merged D5:D6, 8 odd values. Rows 2 and 7 are empty. A hidden and a very hidden sheet
     * sit between two visible ones.
     */
    @BeforeEach
    void writeRegister() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Phụ lục 01");
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("Phụ lục 01: NHIỆM VỤ NĂM 2024");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            texts(sheet.createRow(2), "TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn");

            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d/m/yyyy"));
            Row first = sheet.createRow(3);
            first.createCell(0).setCellValue(1.0);
            first.createCell(1).setCellValue("Báo cáo\u00A0tình hình   quý I");
            first.createCell(2).setCellValue("Sở Tài chính\nSở Nội vụ");
            first.createCell(3).setCellValue(LocalDate.of(2024, 3, 15));
            first.getCell(3).setCellStyle(dateStyle);

            Row second = sheet.createRow(4);
            second.createCell(0).setCellFormula("A4+1");
            second.createCell(1).setCellValue("Kế hoạch năm");
            second.createCell(3).setCellValue("Quý II");
            Row third = sheet.createRow(5);
            third.createCell(0).setCellFormula("A5+1");
            XSSFRichTextString rich = new XSSFRichTextString("Đề án chuyển đổi số");
            Font bold = workbook.createFont();
            bold.setBold(true);
            rich.applyFont(0, 5, bold);
            third.createCell(1).setCellValue(rich);
            third.createCell(2).setBlank();
            sheet.addMergedRegion(new CellRangeAddress(3, 5, 2, 2));
            sheet.addMergedRegion(new CellRangeAddress(4, 5, 3, 3));

            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("0%"));
            Row odd = sheet.createRow(7);
            odd.createCell(0).setCellValue(true);
            odd.createCell(1).setCellValue(2.5);
            odd.createCell(2).setCellValue(0.5);
            odd.getCell(2).setCellStyle(percent);
            odd.createCell(3).setCellFormula("D4+30");
            odd.getCell(3).setCellStyle(dateStyle);
            odd.createCell(4).setCellFormula("\"Sở \"&\"Y tế\"");
            sheet.createRow(6).createCell(1).setCellValue("   ");

            texts(workbook.createSheet("Ẩn").createRow(0), "không được đọc");
            texts(workbook.createSheet("Rất ẩn").createRow(0), "cũng không");
            texts(workbook.createSheet("Phụ lục 02").createRow(1), "", "Tiếp theo");
            workbook.setSheetHidden(1, true);
            workbook.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);

            // Excel stores each formula's last result; readers see that, not the formula.
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            register = save(workbook, "giao-nhiem-vu.xlsx");
        }
    }

    @Test
    void readsEveryVisibleSheetInOrderAndSkipsHiddenOnes() throws Exception {
        List<Table> tables = TableFiles.read(register);

        assertThat(tables).extracting(Table::sheet).containsExactly("Phụ lục 01", "Phụ lục 02");
        assertThat(tables.get(1).rows()).containsExactly(new SheetRow(2, List.of("", "Tiếp theo")));
    }

    @Test
    void numbersRowsAsExcelShowsThemAndDropsEmptyOnes() throws Exception {
        List<SheetRow> rows = TableFiles.read(register).get(0).rows();

        assertThat(rows).extracting(SheetRow::line).containsExactly(1, 3, 4, 5, 6, 8);
    }

    @Test
    void givesEveryCellOfAMergedRegionTheTopLeftValue() throws Exception {
        List<SheetRow> rows = TableFiles.read(register).get(0).rows();

        assertThat(rows.get(0).cells()).containsOnly("Phụ lục 01: NHIỆM VỤ NĂM 2024").hasSize(4);
        assertThat(rows.subList(2, 5)).extracting(row -> row.cells().get(2))
                .containsOnly("Sở Tài chính\nSở Nội vụ");
        assertThat(rows.subList(3, 5)).extracting(row -> row.cells().get(3)).containsOnly("Quý II");
    }

    @Test
    void showsNumbersDatesFormulasAndRichTextAsAPersonSeesThem() throws Exception {
        List<SheetRow> rows = TableFiles.read(register).get(0).rows();

        assertThat(rows.get(2).cells()).containsExactly("1", "Báo cáo tình hình quý I",
                "Sở Tài chính\nSở Nội vụ", "15/03/2024");
        assertThat(rows.get(3).cells().get(0)).isEqualTo("2");
        assertThat(rows.get(4).cells().subList(0, 2)).containsExactly("3", "Đề án chuyển đổi số");
        assertThat(rows.get(5).cells()).containsExactly("TRUE", "2.5", "50%", "14/04/2024", "Sở Y tế");
    }

    @Test
    void readsAnOldXlsWorkbook() throws Exception {
        Path file;
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Sheet1");
            texts(sheet.createRow(0), "TT", "Cơ quan chủ trì");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(7.0);
            row.createCell(1).setCellValue("Công an tỉnh");
            file = save(workbook, "cu.xls");
        }

        assertThat(TableFiles.read(file)).containsExactly(new Table("Sheet1", List.of(
                new SheetRow(1, List.of("TT", "Cơ quan chủ trì")), new SheetRow(2, List.of("7", "Công an tỉnh")))));
    }

    @Test
    void readsAWorkbookThatWasRenamedToCsv() throws Exception {
        Path renamed = Files.copy(register, dir.resolve("giao-nhiem-vu.csv"));

        assertThat(TableFiles.read(renamed)).extracting(Table::sheet).containsExactly("Phụ lục 01", "Phụ lục 02");
    }

    @Test
    void acceptsTheExtensionInAnyCase() throws Exception {
        Path upper = Files.copy(register, dir.resolve("GIAO.XLSX"));

        assertThat(TableFiles.read(upper)).hasSize(2);
    }

    private Path save(Workbook workbook, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    private static void texts(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }
}
