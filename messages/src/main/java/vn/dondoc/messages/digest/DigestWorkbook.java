package vn.dondoc.messages.digest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dondoc.messages.Formats;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.digest.DigestBuilder;
import vn.dondoc.scheduler.task.MilestoneLine;
import vn.dondoc.scheduler.task.MilestoneStatus;

/**
 * The register with its statuses as an .xlsx that goes with the digest: one row per milestone (the
 * digest's counting unit), the header in row 1 with filters on and frozen, each row tinted by its
 * status so that overdue work stands out when scrolling. A second sheet gives the counts. Its words
 * are the texts' ({@code digest.workbook.*}, {@code status.*}), in the reader's language.
 */
public final class DigestWorkbook {

    /** Column widths in characters, in the header's order. */
    private static final int[] WIDTHS = {7, 13, 7, 7, 60, 28, 28, 22, 12, 12, 14, 24};
    private static final int FIRST_DATE = 8;
    static final int STATUS_COLUMN = 11;

    /** Light tints of the chart's colours: dark text stays readable on them. */
    private static final Map<MilestoneStatus, String> TINTS = new EnumMap<>(Map.of(
            MilestoneStatus.DONE_ON_TIME, "C8E6C9",
            MilestoneStatus.DONE_LATE, "F0F4C3",
            MilestoneStatus.OPEN_ON_TIME, "BBDEFB",
            MilestoneStatus.OPEN_OVERDUE, "FFCDD2",
            MilestoneStatus.NO_DEADLINE, "EEEEEE",
            MilestoneStatus.CANCELLED, "E0E0E0"));

    private final Texts texts;

    public DigestWorkbook(Texts texts) {
        this.texts = texts;
    }

    String sheetName() {
        return texts.get("digest.workbook.sheet");
    }

    String summarySheetName() {
        return texts.get("digest.workbook.summarySheet");
    }

    List<String> header() {
        return List.of(texts.get("digest.workbook.header").split("\\|"));
    }

    public byte[] xlsx(List<MilestoneLine> lines, LocalDate day) {
        List<String> columns = header();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(sheetName());
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(columns.get(c));
                cell.setCellStyle(styles.header);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            int r = 1;
            for (MilestoneLine line : lines) {
                Row row = sheet.createRow(r++);
                MilestoneStatus s = line.status();
                number(row, 0, line.taskId(), styles.of(s, Kind.TEXT));
                text(row, 1, line.source(), styles.of(s, Kind.TEXT));
                text(row, 2, line.item(), styles.of(s, Kind.TEXT));
                text(row, 3, line.groupCode(), styles.of(s, Kind.TEXT));
                text(row, 4, line.title(), styles.of(s, Kind.WRAPPED));
                text(row, 5, String.join("; ", line.lead()), styles.of(s, Kind.WRAPPED));
                text(row, 6, String.join("; ", line.cooperating()), styles.of(s, Kind.WRAPPED));
                text(row, 7, line.deadlineText(), styles.of(s, Kind.WRAPPED));
                date(row, FIRST_DATE, line.due(), styles.of(s, Kind.DATE));
                date(row, FIRST_DATE + 1, line.originalDue(), styles.of(s, Kind.DATE));
                date(row, FIRST_DATE + 2, line.doneOn(), styles.of(s, Kind.DATE));
                text(row, STATUS_COLUMN, label(s), styles.of(s, Kind.STATUS));
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns.size() - 1));
            sheet.createFreezePane(0, 1);
            summary(workbook, styles, lines, day);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String label(MilestoneStatus status) {
        return texts.get("status." + status);
    }

    private void summary(XSSFWorkbook workbook, Styles styles, List<MilestoneLine> lines, LocalDate day) {
        Sheet sheet = workbook.createSheet(summarySheetName());
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 12 * 256);
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(texts.get("digest.workbook.asOf"));
        title.createCell(1).setCellValue(Formats.date(day));
        Map<MilestoneStatus, Integer> counts = DigestBuilder.count(lines);
        int r = 1;
        for (MilestoneStatus status : MilestoneStatus.values()) {
            Row row = sheet.createRow(r++);
            text(row, 0, label(status), styles.of(status, Kind.STATUS));
            row.createCell(1).setCellValue(counts.get(status));
        }
        Row total = sheet.createRow(r);
        total.createCell(0).setCellValue(texts.get("digest.workbook.total"));
        total.createCell(1).setCellValue(lines.size());
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    private static void number(Row row, int column, long value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void date(Row row, int column, LocalDate value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    private enum Kind { TEXT, WRAPPED, DATE, STATUS }

    /** Styles are few and shared: a workbook allows about 64,000, one per cell would be wasteful. */
    private static final class Styles {

        private final XSSFWorkbook workbook;
        private final CellStyle header;
        private final Font bold;
        private final Map<String, CellStyle> cache = new HashMap<>();

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            this.bold = workbook.createFont();
            bold.setBold(true);
            XSSFCellStyle h = workbook.createCellStyle();
            h.setFont(bold);
            h.setWrapText(true);
            h.setVerticalAlignment(VerticalAlignment.CENTER);
            h.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xCF, (byte) 0xD8, (byte) 0xDC}));
            h.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            h.setBorderBottom(BorderStyle.THIN);
            this.header = h;
        }

        CellStyle of(MilestoneStatus status, Kind kind) {
            return cache.computeIfAbsent(status + "/" + kind, k -> {
                XSSFCellStyle style = workbook.createCellStyle();
                style.setFillForegroundColor(new XSSFColor(rgb(TINTS.get(status))));
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                style.setVerticalAlignment(VerticalAlignment.TOP);
                style.setBorderBottom(BorderStyle.HAIR);
                if (kind == Kind.WRAPPED) {
                    style.setWrapText(true);
                } else if (kind == Kind.DATE) {
                    style.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
                } else if (kind == Kind.STATUS) {
                    style.setFont(bold);
                }
                return style;
            });
        }

        private static byte[] rgb(String hex) {
            int value = Integer.parseInt(hex, 16);
            return new byte[] {(byte) (value >> 16), (byte) (value >> 8), (byte) value};
        }
    }
}
