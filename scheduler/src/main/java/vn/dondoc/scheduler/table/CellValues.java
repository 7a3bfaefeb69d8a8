package vn.dondoc.scheduler.table;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/** The text a person sees in a cell; formulas give their cached result, never the formula. */
final class CellValues {

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    // Largest magnitude where every integer is exact in a double; beyond it "integral" means little.
    private static final double EXACT_INTEGERS = 9_007_199_254_740_992d;

    // A fixed locale: the same file must give the same text whatever machine imports it.
    private final DataFormatter formatter = new DataFormatter(Locale.US);

    String text(Cell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> number(cell);
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> error(cell.getErrorCellValue());
            default -> "";
        };
    }

    // An error code POI does not know must not make the whole workbook unreadable.
    private static String error(byte code) {
        return FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#ERROR";
    }

    private String number(Cell cell) {
        CellStyle style = cell.getCellStyle();
        int formatIndex = style == null ? 0 : style.getDataFormat();
        String format = style == null ? "General" : style.getDataFormatString();
        boolean date1904 = cell.getSheet().getWorkbook() instanceof org.apache.poi.xssf.usermodel.XSSFWorkbook x && x.isDate1904()
                || cell.getSheet().getWorkbook() instanceof org.apache.poi.hssf.usermodel.HSSFWorkbook h
                && h.getInternalWorkbook().isUsing1904DateWindowing();
        return number(cell.getNumericCellValue(), formatIndex, format, date1904);
    }

    /** A number as a person sees it under its cell's format; the streaming reader of .xlsx gives the same. */
    String number(double value, int formatIndex, String format, boolean date1904) {
        if (format == null) {
            format = "General";
        }
        // Values below 1 in a date format are times of day: shown as Excel shows them, not as 00/01/1900.
        if (value >= 1 && DateUtil.isADateFormat(formatIndex, format) && DateUtil.isValidExcelDate(value)) {
            // Workbooks count from 1900 or 1904.
            return DateUtil.getLocalDateTime(value, date1904).toLocalDate().format(VIETNAMESE_DATE);
        }
        // A TT typed as 1 is stored as 1.0; "1" is what the person sees. Percentages keep their format.
        if (value == Math.rint(value) && Math.abs(value) < EXACT_INTEGERS && !format.contains("%")) {
            return Long.toString((long) value);
        }
        return formatter.formatRawCellContents(value, formatIndex, format);
    }
}
