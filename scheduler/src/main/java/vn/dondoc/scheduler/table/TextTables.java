package vn.dondoc.scheduler.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.scheduler.table.DelimitedText.BrokenQuote;
import vn.dondoc.scheduler.table.DelimitedText.RawRecord;

/** Decoded text to rows: TSV forgives stray quotes, CSV does not. */
final class TextTables {

    private static final char TAB = '\t';
    private static final char[] CSV_DELIMITERS = {',', ';', TAB};
    private static final int SNIFF_RECORDS = 50;
    private static final Pattern SEPARATOR_HINT = Pattern.compile("sep=([,;\\t|])[ \\t]*(?:\\r\\n|\\r|\\n|$)");

    private TextTables() {
    }

    /**
     * Tab-separated text. Excel quotes cells holding tabs or line breaks, but hand-made TSVs (like the
     * 152/QĐ-UBND appendix) have quotes anywhere in a cell. If quote-aware reading breaks, or a quoted
     * cell swallowed whole lines with tabs in them (rows, not a cell), quotes are taken literally and
     * every physical line is a row: nothing is lost, at worst a real multi-line cell is split.
     */
    static List<SheetRow> tsv(String text) {
        try {
            List<RawRecord> records = DelimitedText.quoted(text, TAB, Integer.MAX_VALUE);
            if (!swallowedRows(records)) {
                return rows(records);
            }
        } catch (BrokenQuote ignored) {
            // Quotes in this file are ordinary characters.
        }
        return rows(DelimitedText.plain(text, TAB));
    }

    private static boolean swallowedRows(List<RawRecord> records) {
        for (RawRecord record : records) {
            for (String field : record.fields()) {
                // Only a quoted field can hold a line break; Excel never puts a tab beside one in a cell.
                if (field.indexOf(TAB) >= 0 && (field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Comma, semicolon (Excel with a Vietnamese locale) or tab, whichever fits the file best, unless
     * the first line is Excel's own hint such as {@code sep=;}.
     */
    static List<SheetRow> csv(String text) throws UnreadableFileException {
        Matcher hint = SEPARATOR_HINT.matcher(text);
        boolean hinted = hint.lookingAt();
        char delimiter = hinted ? hint.group(1).charAt(0) : sniffDelimiter(text);
        List<RawRecord> records;
        try {
            records = DelimitedText.quoted(text, delimiter, Integer.MAX_VALUE);
        } catch (BrokenQuote e) {
            throw Problems.csvQuote(e.line);
        }
        // The hint is an instruction to Excel, not a row; line numbers of the others stay physical.
        return rows(hinted ? records.subList(1, records.size()) : records);
    }

    /**
     * Over the first records, the delimiter that gives the most rows with the same number (more than
     * one) of fields; on a tie, the one giving more columns, then the order , ; tab. Title lines have one
     * field under every candidate, so they do not vote.
     */
    static char sniffDelimiter(String text) {
        char best = CSV_DELIMITERS[0];
        int bestRows = -1;
        int bestColumns = -1;
        for (char candidate : CSV_DELIMITERS) {
            List<RawRecord> sample;
            try {
                sample = DelimitedText.quoted(text, candidate, SNIFF_RECORDS);
            } catch (BrokenQuote e) {
                // Judge by the records before the break, or a broken file would sniff to a delimiter
                // under which its quotes happen not to matter.
                sample = e.before;
            }
            Map<Integer, Integer> rowsByWidth = new HashMap<>();
            for (RawRecord record : sample) {
                // Raw width: Excel pads every row to the table's width, which is the signal we want.
                int width = record.fields().size();
                if (width > 1) {
                    rowsByWidth.merge(width, 1, Integer::sum);
                }
            }
            for (Map.Entry<Integer, Integer> entry : rowsByWidth.entrySet()) {
                int rows = entry.getValue();
                int columns = entry.getKey();
                if (rows > bestRows || (rows == bestRows && columns > bestColumns)) {
                    best = candidate;
                    bestRows = rows;
                    bestColumns = columns;
                }
            }
        }
        return best;
    }

    private static List<SheetRow> rows(List<RawRecord> records) {
        List<SheetRow> rows = new ArrayList<>(records.size());
        for (RawRecord record : records) {
            CellText.row(record.line(), record.fields()).ifPresent(rows::add);
        }
        return rows;
    }
}
