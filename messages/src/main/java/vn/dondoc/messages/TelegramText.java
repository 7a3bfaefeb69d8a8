package vn.dondoc.messages;

import java.util.ArrayList;
import java.util.List;

/**
 * Telegram refuses a message longer than 4096 characters. A long text is cut at line ends, so that
 * each piece keeps whole lines (and the tags on them); a single line longer than the limit is cut
 * between characters, never inside an HTML entity, a tag or a surrogate pair.
 */
public final class TelegramText {

    /** Counted on the HTML source, which is never shorter than the text Telegram counts. */
    public static final int LIMIT = 4096;

    private TelegramText() {
    }

    public static List<String> split(String text) {
        return split(text, LIMIT);
    }

    static List<String> split(String text, int limit) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            int needed = piece.isEmpty() ? line.length() : piece.length() + 1 + line.length();
            if (needed <= limit) {
                if (!piece.isEmpty() || !pieces.isEmpty() || !line.isEmpty()) {
                    if (!piece.isEmpty()) {
                        piece.append('\n');
                    }
                    piece.append(line);
                }
                continue;
            }
            flush(pieces, piece);
            String rest = line;
            while (rest.length() > limit) {
                int cut = safeCut(rest, limit);
                pieces.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            piece.append(rest);
        }
        flush(pieces, piece);
        if (pieces.isEmpty()) {
            pieces.add("");
        }
        return pieces;
    }

    private static void flush(List<String> pieces, StringBuilder piece) {
        String text = piece.toString().strip();
        if (!text.isEmpty()) {
            pieces.add(piece.toString());
        }
        piece.setLength(0);
    }

    /** The largest cut at or below {@code limit} that is outside an entity, a tag and a surrogate pair. */
    private static int safeCut(String text, int limit) {
        int cut = limit;
        int amp = text.lastIndexOf('&', cut - 1);
        if (amp >= 0 && text.indexOf(';', amp) >= cut && cut - amp <= 10) {
            cut = amp;
        }
        int open = text.lastIndexOf('<', cut - 1);
        if (open >= 0 && text.lastIndexOf('>', cut - 1) < open) {
            cut = open;
        }
        if (Character.isLowSurrogate(text.charAt(cut))) {
            cut--;
        }
        return cut <= 0 ? limit : cut;
    }
}
