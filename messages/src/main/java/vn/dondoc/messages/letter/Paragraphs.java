package vn.dondoc.messages.letter;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/** The few kinds of paragraph and table a letter is made of, in the font and sizes of Nghị định 30. */
final class Paragraphs {

    private Paragraphs() {
    }

    /** A body paragraph: 14 pt, justified, first line indented 1 cm, 6 pt after. */
    static XWPFParagraph bodyText(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(567);
        p.setSpacingAfter(120);
        run(p, text, 14, false, false);
        return p;
    }

    static XWPFParagraph text(XWPFDocument doc, String text, int size, boolean bold, boolean italic, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        run(p, text, size, bold, italic);
        return p;
    }

    /** A centred line in a cell; the cell's first (empty) paragraph is used first. */
    static XWPFParagraph cellText(XWPFTableCell cell, String text, int size, boolean bold, boolean italic) {
        // A new cell holds one empty paragraph: the first line goes there, the next ones after it.
        XWPFParagraph p = cell.getParagraphs().size() == 1 && cell.getParagraphs().get(0).getRuns().isEmpty()
                ? cell.getParagraphs().get(0) : cell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        run(p, text, size, bold, italic);
        return p;
    }

    /**
     * A short line under the office's name and under the motto: an empty paragraph of its own whose bottom border,
     * indented from both sides, is as long as the words above it.
     */
    static void rule(XWPFTableCell cell, int indent) {
        XWPFParagraph p = cell.addParagraph();
        p.setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.0);
        XWPFRun run = p.createRun();
        run.setFontSize(2);
    }

    /** A borderless table that lays out two blocks side by side. */
    static XWPFTable layoutTable(XWPFDocument doc, int rows, int[] widths) {
        XWPFTable table = doc.createTable(rows, widths.length);
        fixed(table, widths);
        table.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        return table;
    }

    /** A table with lines, its header row in bold. */
    static XWPFTable gridTable(XWPFDocument doc, String[] header, int[] widths) {
        XWPFTable table = doc.createTable(1, widths.length);
        fixed(table, widths);
        XWPFTableRow row = table.getRow(0);
        row.setRepeatHeader(true);
        for (int c = 0; c < header.length; c++) {
            XWPFParagraph p = cellText(row.getCell(c), header[c], 11, true, false);
            p.setSpacingAfter(0);
        }
        return table;
    }

    /** A row of a lined table; the columns in {@code left} hold text and read from the left, the others are centred. */
    static void gridRow(XWPFTable table, java.util.Set<Integer> left, String... cells) {
        XWPFTableRow row = table.createRow();
        for (int c = 0; c < cells.length; c++) {
            XWPFParagraph p = cellText(row.getCell(c), cells[c] == null ? "" : cells[c], 12, false, false);
            p.setSpacingBefore(40);
            p.setSpacingAfter(40);
            if (left.contains(c)) {
                p.setAlignment(ParagraphAlignment.LEFT);
            }
        }
    }

    private static void fixed(XWPFTable table, int[] widths) {
        CTTblLayoutType layout = table.getCTTbl().getTblPr().isSetTblLayout() ? table.getCTTbl().getTblPr().getTblLayout()
                : table.getCTTbl().getTblPr().addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        table.setWidth(String.valueOf(total));
        table.getCTTbl().getTblPr().getTblW().setType(STTblWidth.DXA);
        // LibreOffice lays a fixed table out by its grid: without one it splits the width evenly.
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid grid = table.getCTTbl().getTblGrid() != null
                ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() < widths.length) {
            grid.addNewGridCol();
        }
        for (int c = 0; c < widths.length; c++) {
            grid.getGridColArray(c).setW(BigInteger.valueOf(widths[c]));
            for (XWPFTableRow row : table.getRows()) {
                row.getCell(c).setWidth(String.valueOf(widths[c]));
            }
        }
    }

    private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        run.setFontFamily(LetterDocument.FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
        return run;
    }
}
