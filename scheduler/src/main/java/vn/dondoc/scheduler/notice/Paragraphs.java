package vn.dondoc.scheduler.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins the lines a PDF copy broke mid-sentence back into paragraphs. A line goes on the paragraph before it
 * unless that paragraph ended a sentence (".", ":", ";", "!", "?"), or the line starts a list item ("-", "+",
 * "1.", "a)", "II."), or the line before was short (a heading: well under the page's usual line length) and this
 * one starts with a capital. A blank line ends a paragraph, except that a page break in a sentence (the next line
 * goes on in lower case) is joined over.
 */
final class Paragraphs {

    private static final Pattern LIST_ITEM = Pattern.compile(
            "^(?:[-+•*–—]\\s|\\d{1,2}(?:\\.\\d{1,2})*[.)]\\s|[a-zđ]\\)\\s|[IVXLC]+[.)]\\s|Điều \\d)");
    private static final Pattern SENTENCE_END = Pattern.compile("(?:[.:;!?]|\\./\\.)[\"”)]?$");
    /** A line of at least this share of the usual length was broken by the page width, not by its writer. */
    private static final double FULL_LINE = 0.7;

    private Paragraphs() {
    }

    static List<Paragraph> join(List<SourceLine> lines) {
        int usual = usualLength(lines);
        List<Paragraph> paragraphs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<int[]> starts = new ArrayList<>();
        String previous = null;
        boolean blankBefore = false;
        for (SourceLine line : lines) {
            String current = line.text().strip();
            if (current.isEmpty()) {
                blankBefore = true;
                continue;
            }
            boolean join = previous != null && joins(previous, current, blankBefore, usual);
            if (!join && text.length() > 0) {
                paragraphs.add(new Paragraph(text.toString(), List.copyOf(starts)));
                text.setLength(0);
                starts.clear();
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            starts.add(new int[] {text.length(), line.number()});
            text.append(current);
            previous = current;
            blankBefore = false;
        }
        if (text.length() > 0) {
            paragraphs.add(new Paragraph(text.toString(), List.copyOf(starts)));
        }
        return paragraphs;
    }

    private static boolean joins(String previous, String current, boolean blankBefore, int usual) {
        if (LIST_ITEM.matcher(current).find() || SENTENCE_END.matcher(previous).find()) {
            return false;
        }
        boolean lowerCase = Character.isLowerCase(current.codePointAt(0));
        if (blankBefore) {
            return lowerCase;
        }
        return lowerCase || previous.length() >= FULL_LINE * usual;
    }

    /** The median length of the non-blank lines: a PDF's page width in characters, or a .docx's paragraph length. */
    private static int usualLength(List<SourceLine> lines) {
        List<Integer> lengths = lines.stream().map(l -> l.text().strip().length()).filter(n -> n > 0).sorted().toList();
        return lengths.isEmpty() ? 0 : lengths.get(lengths.size() / 2);
    }
}
