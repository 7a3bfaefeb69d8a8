package vn.dondoc.scheduler.notice;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.table.TextDecoder;

/**
 * The text of a notice, line by line: a .docx paragraph by paragraph (a table cell by cell, one cell a line, the
 * way a PDF copy flattens it), a .pdf as PDFBox lays it out, a .txt in whatever encoding offices save it.
 */
public final class NoticeFiles {

    private NoticeFiles() {
    }

    /** Whether the file's kind is one only a notice comes in (.docx, .pdf); a .txt may also be a table. */
    public static boolean isProseKind(Path file) {
        String extension = extension(file);
        return extension.equals("docx") || extension.equals("pdf");
    }

    public static List<String> lines(Path file) {
        String extension = extension(file);
        try {
            return switch (extension) {
                case "docx" -> docx(file);
                case "pdf" -> pdf(file);
                case "txt" -> split(TextDecoder.decode(Files.readAllBytes(file)));
                default -> throw new DondocException(DondocException.Kind.BAD_INPUT, NoticeError.UNSUPPORTED_KIND, null, extension);
            };
        } catch (IOException | RuntimeException e) {
            if (e instanceof DondocException known) {
                throw known;
            }
            throw new DondocException(DondocException.Kind.BAD_INPUT, NoticeError.CANNOT_OPEN, e);
        }
    }

    private static List<String> docx(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in)) {
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    lines.addAll(split(paragraph.getText()));
                    lines.add(""); // the writer ended the paragraph here: no need to guess
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            lines.addAll(split(cell.getText()));
                        }
                    }
                }
            }
        }
        return lines;
    }

    private static List<String> pdf(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            // A letter the main font lacks (often "ị", "ươ", "ẩ") is drawn later from a fallback font; in drawing
            // order it would land at the end of the line. Reading by position puts it back in its word.
            stripper.setSortByPosition(true);
            return split(stripper.getText(document));
        }
    }

    static List<String> split(String text) {
        return List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    }

    private static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
