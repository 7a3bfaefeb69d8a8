package vn.dondoc.scheduler.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.scheduler.calendar.OfficeCalendar;
import vn.dondoc.scheduler.register.OfficeZone;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.task.SaveOutcome;

/** What the office chooses before an import: the sheet of a workbook, and corrected deadline phrases by line. */
class ImportChoicesTests {

    static final LocalDate ISSUED = LocalDate.of(2025, 1, 10);

    @TempDir
    Path dir;
    RegisterDatabase db;
    DocumentImporter importer;

    @BeforeEach
    void open() {
        db = vn.dondoc.scheduler.testing.TestRegisters.open(dir.resolve("register.db"));
        importer = new DocumentImporter(db, java.time.Clock.fixed(java.time.Instant.parse("2025-01-12T01:00:00Z"), OfficeZone.ID),
                new OfficeCalendar(List.of()));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aWorkbookWithTwoRegistersIsReadFromTheSheetChosen() throws Exception {
        Path book = twoRegisters();

        ParsedRegister first = DocumentImporter.read(book);
        ParsedRegister second = DocumentImporter.read(book, "Phụ lục 02");

        assertThat(first.sheet()).isEqualTo("Phụ lục 01");
        assertThat(first.otherSheets()).containsExactly("Phụ lục 02");
        assertThat(second.sheet()).isEqualTo("Phụ lục 02");
        assertThat(second.otherSheets()).containsExactly("Phụ lục 01");
        assertThat(second.taskRows()).isEqualTo(1);
        assertThatThrownBy(() -> DocumentImporter.read(book, "Ghi chú")).isInstanceOf(NotARegisterException.class);
    }

    @Test
    void aCorrectedDeadlineReplacesTheUnreadableOneOfItsLine() throws Exception {
        Path book = twoRegisters();
        ParsedRegister parsed = DocumentImporter.read(book);
        ImportReport asWritten = importer.save(parsed, new ImportRequest(book, "01/KH-UBND", ISSUED, null, true));
        assertThat(asWritten.unparsed()).singleElement().satisfies(u -> {
            assertThat(u.line()).isEqualTo(3);
            assertThat(u.phrase()).isEqualTo("Tháng 13");
        });

        ImportReport corrected = importer.save(parsed,
                new ImportRequest(book, "01/KH-UBND", ISSUED, null, false, Map.of(3, "Tháng 3")));

        assertThat(corrected.unparsed()).isEmpty();
        assertThat(corrected.created()).isEqualTo(2);
        assertThat(db.jdbc().queryForList("SELECT deadline_text FROM task ORDER BY item", String.class))
                .containsExactly("Quý I", "Tháng 3");
        ImportReport again = importer.save(parsed,
                new ImportRequest(book, "01/KH-UBND", ISSUED, null, true, Map.of(3, "Tháng 4")));
        assertThat(again.saved()).extracting(ImportReport.SavedTask::line, ImportReport.SavedTask::kind, ImportReport.SavedTask::changed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, SaveOutcome.Kind.UNCHANGED, List.of()),
                        org.assertj.core.groups.Tuple.tuple(3, SaveOutcome.Kind.UPDATED, List.of("deadline_text", "due")));
    }

    /** Sheet "Phụ lục 01" with two tasks (line 3's deadline unreadable), "Ghi chú" with none, "Phụ lục 02" with one. */
    private Path twoRegisters() throws Exception {
        Path file = dir.resolve("ke-hoach.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet one = book.createSheet("Phụ lục 01");
            row(one, 0, "TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời hạn");
            row(one, 1, "1", "Đề án A", "Sở Tài chính", "Quý I");
            row(one, 2, "2", "Đề án B", "Sở Y tế", "Tháng 13");
            Sheet notes = book.createSheet("Ghi chú");
            row(notes, 0, "Bảng này chỉ có ghi chú.");
            Sheet two = book.createSheet("Phụ lục 02");
            row(two, 0, "TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời hạn");
            row(two, 1, "1", "Đề án C", "Sở Nội vụ", "Quý II");
            book.write(out);
        }
        return file;
    }

    private static void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.length; c++) {
            row.createCell(c).setCellValue(cells[c]);
        }
    }
}
