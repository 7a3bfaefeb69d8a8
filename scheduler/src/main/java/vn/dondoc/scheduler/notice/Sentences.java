package vn.dondoc.scheduler.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a paragraph into sentences: after ".", "!", "?" or ":" when a capital follows ("…như sau: Giao Sở …").
 * Not at ";": "Giao các sở, ngành; UBND các huyện, …" is one sentence with several addressees; nor at the colon of
 * "Các Sở, ngành: Kế hoạch và Đầu tư, Tài chính, …", whose names are its addressees.
 */
final class Sentences {

    private static final Pattern END = Pattern.compile("(?<=[.!?:])\\s+(?=[\\p{Lu}\"“(])");
    /** "+ …" under a heading "- Sở Công Thương:" is a task of that agency. */
    private static final Pattern BULLET = Pattern.compile("^\\+\\s*");
    /** "- …": a list item one level down. */
    private static final Pattern DASH = Pattern.compile("^[-•*–—]\\s*");
    /** "1. …", "a) …", "II. …": a numbered item, at the level of the text. */
    private static final Pattern NUMBERED = Pattern.compile("^(?:\\d{1,2}(?:\\.\\d{1,2})*[.)]\\s+|[a-zđ]\\)\\s+|[IVXLC]+[.)]\\s+)");

    private Sentences() {
    }

    /**
     * @param listColon whether the colon at an index of the text opens a list of names ("Các Sở, ngành: Kế hoạch và
     *        Đầu tư, Tài chính …"): the sentence goes on there
     */
    static List<Sentence> of(Paragraph paragraph, int index, java.util.function.BiPredicate<String, Integer> listColon) {
        String text = paragraph.text();
        int level = 0;
        int start = 0;
        Matcher b = BULLET.matcher(text);
        Matcher d = DASH.matcher(text);
        Matcher n = NUMBERED.matcher(text);
        if (b.find()) {
            level = 2;
            start = b.end();
        } else if (d.find()) {
            level = 1;
            start = d.end();
        } else if (n.find()) {
            start = n.end();
        }
        List<Sentence> sentences = new ArrayList<>();
        Matcher end = END.matcher(text);
        int from = start;
        int search = from;
        while (end.find(search)) {
            search = end.end();
            if (text.charAt(end.start() - 1) == ':' && listColon.test(text, end.start() - 1)) {
                continue;
            }
            add(sentences, paragraph, index, text, from, end.start(), level);
            from = end.end();
        }
        add(sentences, paragraph, index, text, from, text.length(), level);
        return sentences;
    }

    private static void add(List<Sentence> sentences, Paragraph paragraph, int index, String text, int from, int to,
                            int level) {
        String sentence = text.substring(from, to).strip();
        if (!sentence.isEmpty()) {
            sentences.add(new Sentence(sentence, paragraph.lineAt(from), index, level));
        }
    }
}
