package vn.dondoc.bot.freetext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.scheduler.text.VietnameseText;

/**
 * One message, cleaned, with a folded twin of the same length (lower case, no diacritics, đ → d): rules match
 * on the folded text and cut notes out of the written one at the same positions.
 */
final class Sentence {

    /** "nhiệm vụ 47", "nv47", "nv số 47", "#47", "việc 47". */
    private static final Pattern NAMED_TASK = Pattern.compile("(?:nhiem vu|nvu|nv|viec|task)\\s*(?:so\\s*)?#?\\s*(\\d{1,6})\\b|#\\s*(\\d{1,6})\\b");
    /** A number on its own: not part of a date, a figure, a percent, or a word. */
    private static final Pattern BARE_NUMBER = Pattern.compile("(?<![\\p{L}\\d/.,%-])(\\d{1,6})(?![\\d%]|[/.,-]\\d|\\s*phan tram|\\p{L})");
    private static final Pattern POLITE_ONLY = Pattern.compile("[\\s\\p{P}]*(?:(?:roi|a|ah|ak|nhe|nha|em|anh|chi|luon|xong|da|ok|oke)[\\s\\p{P}]*)*");
    private static final Pattern LEADING = Pattern.compile("^[\\s,;:.\\-–—)]+|[\\s,;:.\\-–—(]+$");

    final String written;
    final String folded;

    private Sentence(String written, String folded) {
        this.written = written;
        this.folded = folded;
    }

    static Sentence of(String text) {
        String written = VietnameseText.clean(text == null ? "" : text);
        StringBuilder folded = new StringBuilder(written.length());
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            String one = Character.isWhitespace(c) ? " " : VietnameseText.fold(String.valueOf(c));
            // Every precomposed Vietnamese letter folds to one letter; anything else keeps its place.
            folded.append(one.length() == 1 ? one.charAt(0) : Character.toLowerCase(c));
        }
        return new Sentence(written, folded.toString());
    }

    /**
     * The task this part of the sentence names: one written as "nhiệm vụ 47" / "#47" wins; otherwise the only
     * bare number. Null when none; -1 when several bare numbers leave it open.
     */
    Long task(int from, int to) {
        String part = folded.substring(from, to);
        Matcher named = NAMED_TASK.matcher(part);
        if (named.find()) {
            return Long.parseLong(named.group(1) != null ? named.group(1) : named.group(2));
        }
        List<Long> bare = new ArrayList<>();
        Matcher m = BARE_NUMBER.matcher(part);
        while (m.find()) {
            long n = Long.parseLong(m.group(1));
            if (!bare.contains(n)) {
                bare.add(n);
            }
        }
        if (bare.isEmpty()) {
            return null;
        }
        return bare.size() == 1 ? bare.get(0) : -1L;
    }

    /** The person's own words between these positions, without leading separators; null when only courtesy is left. */
    String note(int from, int to) {
        if (from >= to) {
            return null;
        }
        String note = LEADING.matcher(written.substring(from, to)).replaceAll("").strip();
        String foldedNote = LEADING.matcher(folded.substring(from, to)).replaceAll("").strip();
        if (note.isEmpty() || POLITE_ONLY.matcher(foldedNote).matches()) {
            return null;
        }
        return note;
    }

    int length() {
        return folded.length();
    }
}
