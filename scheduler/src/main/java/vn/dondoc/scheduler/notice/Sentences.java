package vn.dondoc.scheduler.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a paragraph into sentences: after ".", "!", "?" or ":" when a capital follows ("…như sau: Giao Sở …").
 * Not at ";": "Giao các sở, ngành; UBND các huyện, …" is one sentence with several addressees.
 */
final class Sentences {

    private static final Pattern END = Pattern.compile("(?<=[.!?:])\\s+(?=[\\p{Lu}\"“(])");
    /** "+ …" under a heading "- Sở Công Thương:" is a task of that agency. */
    private static final Pattern BULLET = Pattern.compile("^\\+\\s*");
    /** "- …", "1. …", "a) …": a list item of its own. */
    private static final Pattern ITEM = Pattern.compile("^(?:[-•*–—]\\s*|\\d{1,2}(?:\\.\\d{1,2})*[.)]\\s+|[a-zđ]\\)\\s+|[IVXLC]+[.)]\\s+)");

    private Sentences() {
    }

    static List<Sentence> of(Paragraph paragraph, int index) {
        String text = paragraph.text();
        boolean bullet = false;
        boolean item = false;
        int start = 0;
        Matcher b = BULLET.matcher(text);
        Matcher i = ITEM.matcher(text);
        if (b.find()) {
            bullet = true;
            start = b.end();
        } else if (i.find()) {
            item = true;
            start = i.end();
        }
        List<Sentence> sentences = new ArrayList<>();
        Matcher end = END.matcher(text);
        int from = start;
        while (end.find(from)) {
            add(sentences, paragraph, index, text, from, end.start(), bullet, item);
            from = end.end();
        }
        add(sentences, paragraph, index, text, from, text.length(), bullet, item);
        return sentences;
    }

    private static void add(List<Sentence> sentences, Paragraph paragraph, int index, String text, int from, int to,
                            boolean bullet, boolean item) {
        String sentence = text.substring(from, to).strip();
        if (!sentence.isEmpty()) {
            sentences.add(new Sentence(sentence, paragraph.lineAt(from), index, bullet, item));
        }
    }
}
