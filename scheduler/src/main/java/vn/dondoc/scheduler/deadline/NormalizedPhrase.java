package vn.dondoc.scheduler.deadline;

import java.util.Arrays;
import java.util.regex.Pattern;
import vn.dondoc.scheduler.text.VietnameseText;

/**
 * A phrase folded for matching ("Quý III+IV" becomes "quy iii+iv"), remembering where each folded
 * character came from, so that a problem can quote the office's own words with their diacritics.
 *
 * <p>Besides {@link VietnameseText#fold}: every dash becomes "-", brackets become "(" and ")",
 * quotes and colons become spaces ("Thời hạn: Quý I"), spaces are collapsed again, and the older
 * spelling "quí" reads as "quý".
 */
final class NormalizedPhrase {

    private static final Pattern OLD_QUY = Pattern.compile("(?<![\\p{L}\\p{N}])qui(?![\\p{L}\\p{N}])");

    private final String cleaned;
    private final String text;
    private final int[] from;
    private final int[] to;

    private NormalizedPhrase(String cleaned, String text, int[] from, int[] to) {
        this.cleaned = cleaned;
        this.text = text;
        this.from = from;
        this.to = to;
    }

    static NormalizedPhrase of(String phrase) {
        String cleaned = VietnameseText.clean(phrase);
        StringBuilder text = new StringBuilder(cleaned.length());
        int[] from = new int[cleaned.length() + 8];
        int[] to = new int[cleaned.length() + 8];
        for (int i = 0; i < cleaned.length(); ) {
            int codePoint = cleaned.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            // Folding one code point at a time keeps the link back to the original characters.
            String folded = codePoint == ' ' ? " " : VietnameseText.fold(new String(Character.toChars(codePoint)));
            for (char c : folded.toCharArray()) {
                char unified = unify(c);
                boolean redundantSpace = unified == ' ' && (text.length() == 0 || text.charAt(text.length() - 1) == ' ');
                if (redundantSpace) {
                    continue;
                }
                if (text.length() == from.length) {
                    from = Arrays.copyOf(from, from.length * 2);
                    to = Arrays.copyOf(to, to.length * 2);
                }
                from[text.length()] = i;
                to[text.length()] = next;
                text.append(unified);
            }
            i = next;
        }
        while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
        }
        // The older i/y spelling: "Quí I", "qui định". Same length, so quoting still maps back.
        String unified = OLD_QUY.matcher(text).replaceAll("quy");
        return new NormalizedPhrase(cleaned, unified, from, to);
    }

    private static char unify(char c) {
        switch (c) {
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2212':
                return '-';
            case '[': case '{':
                return '(';
            case ']': case '}':
                return ')';
            case '\u201C': case '\u201D': case '\u201E': case '"': case '\u00AB': case '\u00BB':
            case '\u2018': case '\u2019': case '\'': case '`': case ':': case '*':
                return ' ';
            default:
                return c;
        }
    }

    /** The folded text that the scanner reads. */
    String text() {
        return text;
    }

    /** The phrase as written (cleaned), for messages. */
    String written() {
        return cleaned;
    }

    /** Whether the phrase was typed with Vietnamese diacritics anywhere (or đ). */
    boolean hasDiacritics() {
        return cleaned.codePoints().anyMatch(c -> c > 0x7F && Character.isLetter(c));
    }

    /** The original words behind folded characters {@code start} (inclusive) to {@code end} (exclusive). */
    String quote(int start, int end) {
        if (start >= end) {
            return "";
        }
        String words = cleaned.substring(from[start], to[end - 1]).strip();
        // A piece may stop inside brackets ("hằng quý (ngày 18"): close them so the quote reads well.
        long open = words.chars().filter(c -> c == '(').count();
        long close = words.chars().filter(c -> c == ')').count();
        return "(".repeat((int) Math.max(0, close - open)) + words + ")".repeat((int) Math.max(0, open - close));
    }
}
