package vn.dondoc.scheduler.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * .xlsx and .xlsm read as a stream of XML (POI's event API and a SAX handler of our own), never as a whole
 * workbook in memory: what a file costs is bounded by {@link #MAX_PART_BYTES} and {@link #MAX_ROWS}, whatever
 * it claims. A workbook whose parts expand beyond the first, or whose sheet holds more rows than the second, is
 * refused before it is read (declared sizes) or as soon as it is seen (real ones), in one line.
 */
final class WorkbookStream {

    /** No register's sheet comes near this once unzipped (20,000 tasks are about 5 MB). */
    static final long MAX_PART_BYTES = 64L * 1024 * 1024;
    /** Rows with something in them, per sheet; a province's register has hundreds. */
    static final int MAX_ROWS = 100_000;
    /** Columns read; a register has a handful, and a cell far to the right would make every row that wide. */
    static final int MAX_COLUMNS = 256;

    private WorkbookStream() {
    }

    static List<Table> read(Path file, String extension) throws UnreadableFileException {
        checkDeclaredSizes(file, extension);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            WorkbookPart workbook = WorkbookPart.parse(reader.getWorkbookData());
            CellValues values = new CellValues();
            List<Table> tables = new ArrayList<>();
            for (WorkbookPart.Sheet sheet : workbook.sheets()) {
                if (!sheet.visible()) {
                    continue;
                }
                try (InputStream xml = reader.getSheet(sheet.relationId())) {
                    SheetHandler handler = new SheetHandler(strings, styles, values, workbook.date1904());
                    parser().parse(xml, handler);
                    tables.add(new Table(sheet.name(), handler.rows()));
                }
            }
            if (tables.isEmpty()) {
                throw Problems.noVisibleSheet();
            }
            return tables;
        } catch (UnreadableFileException e) {
            throw e;
        } catch (TooManyRows e) {
            throw Problems.tooManyRows(MAX_ROWS);
        } catch (InvalidFormatException e) {
            throw Problems.notWorkbook(extension, e);
        } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
            throw Problems.brokenWorkbook(e);
        } catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
            if (isTooBig(e)) {
                throw Problems.tooBigWorkbook(MAX_PART_BYTES / (1024 * 1024));
            }
            // POI reports a damaged file with many unchecked exception types; none is for the user.
            throw Problems.brokenWorkbook(e);
        }
    }

    /** The zip's own account of each part's size: a 31 MB file that says it unzips to 500 MB is refused unread. */
    private static void checkDeclaredSizes(Path file, String extension) throws UnreadableFileException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getSize() > MAX_PART_BYTES) {
                    throw Problems.tooBigWorkbook(MAX_PART_BYTES / (1024 * 1024));
                }
            }
        } catch (IOException e) {
            throw Problems.notWorkbook(extension, e);
        }
        // A part that lies about its size is stopped by POI when it reads past this (found by isTooBig).
        org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

    private static boolean isTooBig(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("exceeds the max") || message.contains("MaxEntrySize")) {
                return true;
            }
        }
        return false;
    }

    private static SAXParser parser() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        // A workbook is data from outside: no DTDs, no external entities.
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        return factory.newSAXParser();
    }

    /** Stops the parse at the first row past the limit. */
    private static final class TooManyRows extends SAXException {
        private static final long serialVersionUID = 1L;
    }

    /** xl/workbook.xml: the sheets in order with their visibility, and whether dates count from 1904. */
    private record WorkbookPart(List<Sheet> sheets, boolean date1904) {

        record Sheet(String name, String relationId, boolean visible) {
        }

        static WorkbookPart parse(InputStream xml) throws IOException, SAXException, ParserConfigurationException {
            List<Sheet> sheets = new ArrayList<>();
            boolean[] date1904 = {false};
            try (xml) {
                parser().parse(xml, new DefaultHandler() {
                    @Override
                    public void startElement(String uri, String local, String qName, Attributes a) {
                        if (local.equals("sheet")) {
                            String state = a.getValue("state");
                            sheets.add(new Sheet(a.getValue("name"), relationId(a), state == null || state.equals("visible")));
                        } else if (local.equals("workbookPr")) {
                            String value = a.getValue("date1904");
                            date1904[0] = "1".equals(value) || "true".equals(value);
                        }
                    }
                });
            }
            return new WorkbookPart(sheets, date1904[0]);
        }

        private static String relationId(Attributes a) {
            for (int i = 0; i < a.getLength(); i++) {
                if (a.getLocalName(i).equals("id") && a.getURI(i).contains("relationships")) {
                    return a.getValue(i);
                }
            }
            return a.getValue("r:id");
        }
    }

    /** One sheet's cells as text, row by row, then its merged regions spread as {@link WorkbookTables} does. */
    private static final class SheetHandler extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final CellValues values;
        private final boolean date1904;
        private final TreeMap<Integer, TreeMap<Integer, String>> grid = new TreeMap<>();
        private final List<CellRangeAddress> merged = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private boolean inValue;
        private boolean inInlineText;
        private String type;
        private String style;
        private int row = -1;
        private int column;
        private int nextColumn;

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, CellValues values, boolean date1904) {
            this.strings = strings;
            this.styles = styles;
            this.values = values;
            this.date1904 = date1904;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) throws SAXException {
            switch (local) {
                case "row" -> {
                    String r = a.getValue("r");
                    row = r == null ? row + 1 : Integer.parseInt(r) - 1;
                    nextColumn = 0;
                }
                case "c" -> {
                    String ref = a.getValue("r");
                    column = ref == null ? nextColumn : new CellReference(ref).getCol();
                    nextColumn = column + 1;
                    type = a.getValue("t");
                    style = a.getValue("s");
                    text.setLength(0);
                }
                case "v" -> {
                    inValue = true;
                    text.setLength(0);
                }
                case "t" -> inInlineText = "inlineStr".equals(type);
                case "mergeCell" -> merged.add(CellRangeAddress.valueOf(a.getValue("ref")));
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inInlineText) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) throws SAXException {
            switch (local) {
                case "v" -> inValue = false;
                case "t" -> inInlineText = false;
                case "c" -> put(CellText.clean(value(text.toString())));
                default -> {
                }
            }
        }

        private String value(String raw) {
            if (raw.isEmpty()) {
                return "";
            }
            if (type == null || type.equals("n")) {
                XSSFCellStyle cellStyle = style == null || styles == null ? null : styles.getStyleAt(Integer.parseInt(style));
                int formatIndex = cellStyle == null ? 0 : cellStyle.getDataFormat();
                String format = cellStyle == null ? "General" : cellStyle.getDataFormatString();
                return values.number(Double.parseDouble(raw), formatIndex, format, date1904);
            }
            return switch (type) {
                case "s" -> strings.getItemAt(Integer.parseInt(raw.trim())).getString();
                case "b" -> raw.trim().equals("1") ? "TRUE" : "FALSE";
                default -> raw; // str (a formula's text), inlineStr, e (an error as Excel shows it)
            };
        }

        private void put(String cell) throws SAXException {
            if (cell.isEmpty() || row < 0 || column >= MAX_COLUMNS) {
                return;
            }
            TreeMap<Integer, String> cells = grid.get(row);
            if (cells == null) {
                if (grid.size() >= MAX_ROWS) {
                    throw new TooManyRows();
                }
                cells = new TreeMap<>();
                grid.put(row, cells);
            }
            cells.put(column, cell);
        }

        List<SheetRow> rows() {
            return WorkbookTables.rows(grid, merged);
        }
    }
}
