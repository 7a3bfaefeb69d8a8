package vn.dondoc.scheduler.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Joins the lines a PDF copy broke mid-sentence back into paragraphs. A line in lower case always goes on the
 * one before (no paragraph starts in lower case, even after a page break); a list item ("-", "+", "1.", "a)", "II.")
 * never does. A blank line (a .docx writes one after each paragraph), ":" or ";" ends a paragraph, unless the colon
 * opens a list of names ("Giao các Sở:" / "Tài chính, Xây dựng phối hợp …"). After a full
 * stop the next line goes on only if the line before was full (the page width cut it). Without a full stop it goes
 * on unless the line before was short (a heading) or the next line starts with an agency ("Sở … thực hiện").
 */
final class Paragraphs {

    private static final Pattern LIST_ITEM = Pattern.compile(
            "^(?:[-+•*–—]\\s|\\d{1,2}(?:\\.\\d{1,2})*[.)]\\s|[a-zđ]\\)\\s|[IVXLC]+[.)]\\s|Điều \\d)");
    private static final Pattern SENTENCE_END = Pattern.compile("(?:[.:;!?]|\\./\\.)[\"”)]?$");
    /** A line of at least this share of the usual length was broken by the page width, not by its writer. */
    private static final double FULL_LINE = 0.7;
    /** A line this full that ends a sentence was cut by the width too: the paragraph goes on. */
    private static final double FULL_SENTENCE_LINE = 0.9;
    /** Lines of a PDF copy are at most this long; longer lines are whole paragraphs (a .docx, a web page). */
    private static final int PDF_LINE = 130;
    /** A line ending in one of these words or a comma stops mid-sentence ("phối hợp với" / "Sở Tài chính"). */
    private static final Pattern CONNECTOR = Pattern.compile(
            "(?:,|\\S[-/]|\\s(?:với|và|của|cho|các|tại|theo|giao|đề nghị|yêu cầu|gồm|là|như|cùng|hoặc|thuộc|về))$");
    private static final Pattern CODE_CUT = Pattern.compile("\\S[-/]$");

    private Paragraphs() {
    }

    /**
     * @param listColon whether the colon at an index of a text opens a list of bare names ("Giao các Sở:" / "Tài chính,
     *        Xây dựng …"): a line ending with such a colon goes on in the next
     */
    static List<Paragraph> join(List<SourceLine> lines, Predicate<String> startsWithAgency,
                                BiPredicate<String, Integer> listColon) {
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
            boolean join = previous != null && (joins(previous, current, blankBefore, usual, startsWithAgency)
                    || !blankBefore && previous.endsWith(":") && !LIST_ITEM.matcher(current).find()
                    && listColon.test(previous + " " + current, previous.length() - 1));
            if (!join && text.length() > 0) {
                paragraphs.add(new Paragraph(text.toString(), List.copyOf(starts)));
                text.setLength(0);
                starts.clear();
            }
            // "Quyết định số 4317/QĐ-" / "UBND": a document code cut at its hyphen goes back together without a space.
            if (text.length() > 0 && !CODE_CUT.matcher(previous).find()) {
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

    private static boolean joins(String previous, String current, boolean blankBefore, int usual,
                                 Predicate<String> startsWithAgency) {
        if (LIST_ITEM.matcher(current).find()) {
            return false;
        }
        if (Character.isLowerCase(current.codePointAt(0))) {
            return true; // no paragraph starts in lower case: a page or line break in a sentence
        }
        if (blankBefore || previous.endsWith(":") || previous.endsWith(";")) {
            return false;
        }
        boolean fullLine = previous.length() >= FULL_LINE * usual;
        if (SENTENCE_END.matcher(previous).find()) {
            // A PDF line that is full and ends a sentence goes on in the next line; a paragraph's last line is short.
            return usual <= PDF_LINE && previous.length() >= FULL_SENTENCE_LINE * usual;
        }
        if (startsWithAgency.test(current) && !CONNECTOR.matcher(previous).find()) {
            return false; // a heading without a full stop, then "Sở … thực hiện …"
        }
        return fullLine;
    }

    /** The median length of the non-blank lines: a PDF's page width in characters, or a .docx's paragraph length. */
    private static int usualLength(List<SourceLine> lines) {
        List<Integer> lengths = lines.stream().map(l -> l.text().strip().length()).filter(n -> n > 0).sorted().toList();
        return lengths.isEmpty() ? 0 : lengths.get(lengths.size() / 2);
    }
}
