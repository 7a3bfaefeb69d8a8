package vn.dondoc.scheduler.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits decoded text into raw records. Two ways: {@link #quoted} follows what Excel writes (a cell
 * holding a delimiter, line break or quote is wrapped in {@code "…"} with inner quotes doubled);
 * {@link #plain} treats quotes as ordinary characters, one record per physical line.
 * Written by hand rather than with commons-csv because we need the line where a record (or a broken
 * quote) starts, and exact control over what counts as broken.
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
        List<RawRecord> records = new ArrayList<>();
        int line = 1;
        int start = 0;
        int length = text.length();
        while (start < length) {
            int end = start;
            while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            records.add(new RawRecord(line, split(text.substring(start, end), delimiter)));
            line++;
            start = end < length && text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n'
                    ? end + 2
                    : end + 1;
        }
        return records;
    }

    private static List<String> split(String line, char delimiter) {
        List<String> fields = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == delimiter) {
                fields.add(line.substring(from, i));
                from = i + 1;
            }
        }
        fields.add(line.substring(from));
        return fields;
    }

    /** Reads at most {@code limit} records, quote-aware. */
    static List<RawRecord> quoted(String text, char delimiter, int limit) throws BrokenQuote {
        return new QuotedReader(text, delimiter).read(limit);
    }

    /** One pass over the text; {@code pos} and {@code line} only move forward, so it is linear. */
    private static final class QuotedReader {

        private final String text;
        private final char delimiter;
        private final List<RawRecord> records = new ArrayList<>();
        private int pos;
        private int line = 1;

        QuotedReader(String text, char delimiter) {
            this.text = text;
            this.delimiter = delimiter;
        }

        List<RawRecord> read(int limit) throws BrokenQuote {
            while (pos < text.length() && records.size() < limit) {
                int startLine = line;
                List<String> fields = new ArrayList<>();
                boolean endOfRecord = false;
                while (!endOfRecord) {
                    fields.add(field());
                    endOfRecord = !consumeDelimiter();
                }
                consumeLineBreak();
                records.add(new RawRecord(startLine, fields));
            }
            return records;
        }

        private String field() throws BrokenQuote {
            int start = pos;
            int afterSpaces = skipSpaces(pos);
            // Hand-typed CSV often has a space after the comma before the opening quote.
            if (afterSpaces < text.length() && text.charAt(afterSpaces) == '"') {
                pos = afterSpaces + 1;
                return quotedField();
            }
            pos = start;
            while (pos < text.length() && !isFieldEnd(text.charAt(pos))) {
                pos++;
            }
            return text.substring(start, pos);
        }

        private String quotedField() throws BrokenQuote {
            int openedOn = line;
            StringBuilder value = new StringBuilder();
            while (true) {
                if (pos >= text.length()) {
                    throw new BrokenQuote(openedOn, List.copyOf(records));
                }
                char c = text.charAt(pos++);
                if (c == '"') {
                    if (pos < text.length() && text.charAt(pos) == '"') {
                        value.append('"');
                        pos++;
                        continue;
                    }
                    pos = skipSpaces(pos);
                    if (pos < text.length() && !isFieldEnd(text.charAt(pos))) {
                        throw new BrokenQuote(openedOn, List.copyOf(records));
                    }
                    return value.toString();
                }
                if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                    value.append(c);
                    c = text.charAt(pos++);
                }
                if (c == '\n' || c == '\r') {
                    line++;
                }
                value.append(c);
            }
        }

        private boolean consumeDelimiter() {
            if (pos < text.length() && text.charAt(pos) == delimiter) {
                pos++;
                return true;
            }
            return false;
        }

        private void consumeLineBreak() {
            if (pos >= text.length()) {
                return;
            }
            char c = text.charAt(pos++);
            if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                pos++;
            }
            line++;
        }

        private int skipSpaces(int from) {
            int at = from;
            while (at < text.length() && text.charAt(at) == ' ' && delimiter != ' ') {
                at++;
            }
            return at;
        }

        private boolean isFieldEnd(char c) {
            return c == delimiter || c == '\n' || c == '\r';
        }
    }
}
