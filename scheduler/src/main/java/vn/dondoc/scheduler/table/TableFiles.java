package vn.dondoc.scheduler.table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads a table file an office sent (.tsv, .txt, .csv, .xlsx, .xlsm, .xls) into rows of cleaned text
 * with the line numbers a person would see. Only reads: finding the header and mapping columns is
 * someone else's job.
 */
public final class TableFiles {

    private static final List<String> TAB_SEPARATED = List.of("tsv", "txt");
    private static final List<String> WORKBOOKS = List.of("xlsx", "xlsm", "xls");

    private TableFiles() {
    }

    /**
     * Text files give one table with a {@code null} sheet name; workbooks give one table per visible
     * sheet, in order.
     *
     * @throws UnreadableFileException with the reason for the person who sent the file, as an {@link TableError}
     */
    public static List<Table> read(Path file) throws UnreadableFileException {
        String extension = extension(file);
        boolean workbook = WORKBOOKS.contains(extension);
        if (!workbook && !TAB_SEPARATED.contains(extension) && !extension.equals("csv")) {
            throw Problems.unsupportedKind();
        }
        if (workbook) {
            requireNotEmpty(file);
            return WorkbookTables.read(file, extension);
        }
        byte[] bytes = readAll(file);
        if (bytes.length == 0) {
            throw Problems.empty();
        }
        // Offices rename an Excel file to .csv more often than one would think; read what it really is.
        if (looksLikeWorkbook(bytes)) {
            return WorkbookTables.read(file, extension);
        }
        String text = TextDecoder.decode(bytes);
        if (text.isBlank()) {
            throw Problems.empty();
        }
        List<SheetRow> rows = extension.equals("csv") ? TextTables.csv(text) : TextTables.tsv(text);
        return List.of(new Table(null, rows));
    }

    private static String extension(Path file) {
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString();
        int dot = text.lastIndexOf('.');
        return dot < 0 ? "" : text.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    // Zip (.xlsx, .xlsm) or OLE2 (.xls) signatures.
    private static boolean looksLikeWorkbook(byte[] bytes) {
        return TextDecoder.startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)
                || TextDecoder.startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
    }

    private static void requireNotEmpty(Path file) throws UnreadableFileException {
        try {
            if (Files.size(file) == 0) {
                throw Problems.empty();
            }
        } catch (IOException e) {
            throw Problems.cannotOpen(e);
        }
    }

    /** A text register of 20,000 tasks is a few megabytes; a bigger text file is read whole, so it is refused. */
    static final long MAX_TEXT_BYTES = 32L * 1024 * 1024;

    private static byte[] readAll(Path file) throws UnreadableFileException {
        try {
            if (Files.size(file) > MAX_TEXT_BYTES) {
                throw Problems.tooBigWorkbook(MAX_TEXT_BYTES / (1024 * 1024));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw Problems.cannotOpen(e);
        }
    }
}
