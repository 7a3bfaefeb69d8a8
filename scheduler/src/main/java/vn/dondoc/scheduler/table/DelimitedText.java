package vn.dondoc.scheduler.table;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Splits decoded text into raw records with commons-csv. Two ways: {@link #quoted} follows what Excel
 * writes (a cell holding a delimiter, line break or quote is wrapped in {@code "…"} with inner quotes
 * doubled); {@link #plain} treats quotes as ordinary characters, one record per physical line.
 * Each record carries the physical line where it starts, which is what a person looks for.
 */
final class DelimitedText {

    /** Fields as found, uncleaned; {@code line} is 1-based, where the record starts. */
    record RawRecord(int line, List<String> fields) {
    }

    /** A cell opened with a quote that is never closed, or is followed by more text after it closes. */
    static final class BrokenQuote extends Exception {

        private static final long serialVersionUID = 1L;
        final int line;
        /** The records read before the broken one; the delimiter sniffer still learns from them. */
        final transient List<RawRecord> before;

        BrokenQuote(int line, List<RawRecord> before) {
            super(null, null, false, false);
            this.line = line;
            this.before = before;
        }
    }

    private DelimitedText() {
    }

    static List<RawRecord> plain(String text, char delimiter) {
        try {
            return read(text, format(delimiter, false), Integer.MAX_VALUE);
        } catch (BrokenQuote e) {
            throw new IllegalStateException("without quotes no cell can be broken", e);
        }
    }

    /** Reads at most {@code limit} records, quote-aware. */
    static List<RawRecord> quoted(String text, char delimiter, int limit) throws BrokenQuote {
        return read(text, format(delimiter, true), limit);
    }

    private static CSVFormat format(char delimiter, boolean quotes) {
        return CSVFormat.Builder.create()
                .setDelimiter(delimiter)
                .setQuote(quotes ? Character.valueOf('"') : null)
                // Hand-typed CSV often has a space after the comma before the opening quote.
                .setIgnoreSurroundingSpaces(quotes)
                // Blank lines stay records, so the lines after them keep their numbers.
                .setIgnoreEmptyLines(false)
                .get();
    }

    private static List<RawRecord> read(String text, CSVFormat format, int limit) throws BrokenQuote {
        LineStarts lines = new LineStarts(text);
        List<RawRecord> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            Iterator<CSVRecord> it = parser.iterator();
            while (records.size() < limit) {
                // The broken record, if any, starts on the line after everything read so far.
                int next = (int) parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    record = it.next();
                } catch (UncheckedIOException e) {
                    throw new BrokenQuote(next, List.copyOf(records));
                }
                records.add(new RawRecord(lines.lineOf(record.getCharacterPosition()), record.toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }

    /** Where each physical line starts; \r\n, \r and \n each end one line. */
    private static final class LineStarts {

        private final int[] starts;

        LineStarts(String text) {
            int[] found = new int[16];
            int count = 1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean end = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
                if (end) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = i + 1;
                }
            }
            starts = Arrays.copyOf(found, count);
        }

        int lineOf(long position) {
            int at = Arrays.binarySearch(starts, (int) position);
            return at >= 0 ? at + 1 : -at - 1;
        }
    }
}
