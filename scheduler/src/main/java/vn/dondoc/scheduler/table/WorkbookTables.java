package vn.dondoc.scheduler.table;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Workbooks, one table per visible sheet: .xlsx and .xlsm streamed ({@link WorkbookStream}), old .xls
 * (at most 65,536 rows by its format) through POI's usermodel.
 */
final class WorkbookTables {

    private WorkbookTables() {
    }

    static List<Table> read(Path file, String extension) throws UnreadableFileException {
        if (isZip(file)) {
            return WorkbookStream.read(file, extension);
        }
        Workbook workbook = open(file, extension);
        try (workbook) {
            CellValues values = new CellValues();
            List<Table> tables = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                if (workbook.getSheetVisibility(i) == SheetVisibility.VISIBLE) {
                    Sheet sheet = workbook.getSheetAt(i);
                    tables.add(new Table(sheet.getSheetName(), rows(sheet, values)));
                }
            }
            if (tables.isEmpty()) {
                throw Problems.noVisibleSheet();
            }
            return tables;
        } catch (UnreadableFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged file with many unchecked exception types; none is for the user.
            throw Problems.brokenWorkbook(e);
        }
    }

    private static Workbook open(Path file, String extension) throws UnreadableFileException {
        try {
            return WorkbookFactory.create(file.toFile(), null, true);
        } catch (EncryptedDocumentException e) {
            throw Problems.encryptedWorkbook(e);
        } catch (IOException | RuntimeException e) {
            // NotOfficeXmlFileException, "neither an OLE2 stream nor an OOXML stream", broken zip…
            throw Problems.notWorkbook(extension, e);
        }
    }

    private static boolean isZip(Path file) throws UnreadableFileException {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return TextDecoder.startsWith(head, 0x50, 0x4B, 0x03, 0x04);
        } catch (IOException e) {
            throw Problems.cannotOpen(e);
        }
    }

    private static List<SheetRow> rows(Sheet sheet, CellValues values) {
        // Row index → column index → text; sorted so rows come out in sheet order.
        TreeMap<Integer, TreeMap<Integer, String>> grid = new TreeMap<>();
        for (Row row : sheet) {
            TreeMap<Integer, String> cells = new TreeMap<>();
            for (Cell cell : row) {
                String text = CellText.clean(values.text(cell));
                if (!text.isEmpty()) {
                    cells.put(cell.getColumnIndex(), text);
                }
            }
            if (!cells.isEmpty()) {
                grid.put(row.getRowNum(), cells);
            }
        }
        return rows(grid, sheet.getMergedRegions());
    }

    /** The non-empty rows of a grid (row → column → text), merged regions spread, in sheet order. */
    static List<SheetRow> rows(TreeMap<Integer, TreeMap<Integer, String>> grid, List<CellRangeAddress> merged) {
        spreadMergedValues(merged, grid);
        List<SheetRow> rows = new ArrayList<>(grid.size());
        for (Map.Entry<Integer, TreeMap<Integer, String>> entry : grid.entrySet()) {
            TreeMap<Integer, String> cells = entry.getValue();
            List<String> line = new ArrayList<>(cells.lastKey() + 1);
            for (int column = 0; column <= cells.lastKey(); column++) {
                line.add(cells.getOrDefault(column, ""));
            }
            rows.add(new SheetRow(entry.getKey() + 1, line));
        }
        return rows;
    }

    /**
     * A lead agency or deadline merged down several rows applies to each of them, so every cell of a
     * merged region gets the top-left value. Regions are clipped to the used rows and columns: a
     * whole-column merge must not make a million rows.
     */
    private static void spreadMergedValues(List<CellRangeAddress> merged, TreeMap<Integer, TreeMap<Integer, String>> grid) {
        if (grid.isEmpty()) {
            return;
        }
        int lastRow = grid.lastKey();
        int lastColumn = 0;
        for (TreeMap<Integer, String> cells : grid.values()) {
            lastColumn = Math.max(lastColumn, cells.lastKey());
        }
        for (CellRangeAddress region : merged) {
            TreeMap<Integer, String> topRow = grid.get(region.getFirstRow());
            String value = topRow == null ? null : topRow.get(region.getFirstColumn());
            if (value == null) {
                continue;
            }
            for (int r = region.getFirstRow(); r <= Math.min(region.getLastRow(), lastRow); r++) {
                TreeMap<Integer, String> cells = grid.computeIfAbsent(r, k -> new TreeMap<>());
                for (int c = region.getFirstColumn(); c <= Math.min(region.getLastColumn(), lastColumn); c++) {
                    cells.put(c, value);
                }
            }
        }
    }
}
