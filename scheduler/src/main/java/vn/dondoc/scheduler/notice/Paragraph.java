package vn.dondoc.scheduler.notice;

import java.util.List;

/**
 * A paragraph joined back from the lines a PDF copy broke it into. {@code starts} holds, for each joined line,
 * where it begins in {@code text} and its number in the file, so a sentence can say which line it came from.
 */
record Paragraph(String text, List<int[]> starts) {

    int line() {
        return starts.get(0)[1];
    }

    /** The file line holding the character at {@code offset} of {@code text}. */
    int lineAt(int offset) {
        int line = starts.get(0)[1];
        for (int[] start : starts) {
            if (start[0] <= offset) {
                line = start[1];
            }
        }
        return line;
    }
}
