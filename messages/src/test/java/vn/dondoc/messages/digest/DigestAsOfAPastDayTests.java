package vn.dondoc.messages.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dondoc.scheduler.digest.RealRegister.MONDAY;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

/**
 * The digest of Monday 25/03/2024 built from a register that already holds what was reported after it
 * (a completion on 27/03): text, chart and workbook say only what was true that Monday, and the chart
 * and the text name the same agencies, in the same order, by the same uncut short names.
 */
class DigestAsOfAPastDayTests {

    @TempDir
    static Path dir;
    static RealRegister register;
    static Digest digest;
    static List<MilestoneLine> lines;
    static final Texts VI = Texts.of(Texts.Language.VIETNAMESE);

    @BeforeAll
    static void build() throws Exception {
        register = new RealRegister(dir).withReports();
        DigestBuilder builder = RealRegister.builder(register.db, RealRegister.at(LocalDate.of(2026, 11, 30)));
        digest = builder.build(MONDAY, DigestScope.all());
        lines = builder.lines(MONDAY, DigestScope.all());
    }

    @AfterAll
    static void close() {
        register.db.close();
    }

    @Test
    void theWorkbookHasNoCompletionRecordedAfterTheDayAndEveryCompletionItShowsIsADoneStatus() throws Exception {
        assertThat(register.db.jdbc().queryForObject("SELECT count(*) FROM milestone WHERE done_on > ?", Integer.class,
                MONDAY.toString())).as("the register knows of a later completion").isPositive();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(new DigestWorkbook(VI).xlsx(lines, MONDAY)))) {
            Sheet sheet = book.getSheet("Sổ nhiệm vụ");
            int doneColumn = 10;
            assertThat(sheet.getRow(0).getCell(doneColumn).getStringCellValue()).isEqualTo("Ngày hoàn thành");
            int done = 0;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Cell cell = row.getCell(doneColumn);
                String status = row.getCell(DigestWorkbook.STATUS_COLUMN).getStringCellValue();
                if (cell.getCellType() == CellType.NUMERIC) {
                    done++;
                    assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).as("row %d", r).isBeforeOrEqualTo(MONDAY);
                    assertThat(status).startsWith("hoàn thành");
                } else {
                    assertThat(status).as("row %d", r).doesNotStartWith("hoàn thành");
                }
            }
            assertThat(done).isEqualTo(digest.total(vn.dondoc.scheduler.task.MilestoneStatus.DONE_ON_TIME)
                    + digest.total(vn.dondoc.scheduler.task.MilestoneStatus.DONE_LATE));
        }
    }

    @Test
    void theChartAndTheTextListTheSameAgenciesInTheSameOrderByTheirUncutShortNames() {
        List<String> bars = new DigestChart(VI).dataset(digest).getColumnKeys().stream().map(Object::toString).toList();
        List<String> table = tableNames(new DigestText(VI).html(digest));

        assertThat(bars).hasSize(DigestChart.TOP);
        // The text may list fewer to fit one Telegram message ("… và N cơ quan khác"), never others or in another order.
        assertThat(table).hasSizeGreaterThanOrEqualTo(5).hasSizeLessThanOrEqualTo(bars.size());
        assertThat(bars.subList(0, table.size())).containsExactlyElementsOf(table);
        assertThat(bars).noneMatch(n -> n.contains("…"));
        assertThat(table).noneMatch(n -> n.contains("…"));
        List<String> all = digest.agencies().stream().map(Digest.AgencyRow::shortName).toList();
        assertThat(all).contains("UBND H. Đô Lương", "UBND H. Nam Đàn", "Sở KH&ĐT", "Sở LĐ-TB&XH").noneMatch(n -> n.contains("…"));
    }

    @Test
    void theDigestSaysHowManyAgenciesHaveNobodyToRemind() {
        // One contact is linked (the one who asked for an extension); every other agency has nobody.
        int agencies = digest.agencies().size();

        assertThat(digest.agenciesWithoutContact()).isEqualTo(agencies - 1);
        assertThat(new DigestText(VI).html(digest))
                .contains("⚠️ " + (agencies - 1) + "/" + agencies + " cơ quan chưa có đầu mối nhận lời nhắc trên Telegram");
    }

    /** The agency names of the text's monospaced table, in its order. */
    private static List<String> tableNames(String html) {
        Matcher pre = Pattern.compile("<pre>(.*?)</pre>", Pattern.DOTALL).matcher(html);
        assertThat(pre.find()).isTrue();
        List<String> names = new ArrayList<>();
        List<String> rows = pre.group(1).lines().skip(1).toList();
        for (String row : rows) {
            Matcher m = Pattern.compile("^(.*?)\\s+\\d+\\s+\\d+\\s+\\d+\\s+\\d+$").matcher(row.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
            if (m.matches()) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
