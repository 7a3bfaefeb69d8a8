package vn.dondoc.scheduler.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.scheduler.text.VietnameseText;

/**
 * An agency name cut into units for comparing abbreviations with written-out words: each
 * written-out word is one unit, each letter of an abbreviation is one unit ("Sở LĐTB&amp;XH" →
 * sở, l, đ, t, b, và, x, h — folded). Two names are equivalent when their units can be aligned:
 * <ul>
 *   <li>a word matches only the same word (so "Nam Đàn" never matches "Nghĩa Đàn");</li>
 *   <li>a letter matches the same letter or the first letter of a word ("Lao" for l);</li>
 *   <li>a whole token matches a token with the same text ("SỞ" in capitals is still "sở");</li>
 *   <li>"và" (also written "&amp;") may be left out next to a letter, because abbreviations
 *       drop it ("LĐTBXH" for "Lao động - Thương binh và Xã hội"); a letter never stands for "và".</li>
 * </ul>
 * "-" and other punctuation only separate tokens. Which tokens are abbreviations: see
 * {@link #isAbbreviation}; a capital with a dot ("H. Nam Đàn", "TP. Vinh") is one too.
 */
final class NameTokens {

    private static final Pattern PIECE = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+|&");
    private static final Pattern VOWEL = Pattern.compile("[aeiouy]");
    // Abbreviations typed in lower case that still contain a vowel.
    private static final Set<String> LOWER_CASE_ABBREVIATIONS = Set.of("ubnd", "ubmttq", "tand");

    /**
     * One unit. {@code token} is the folded text of the token it came from, {@code tokenStart}
     * whether it is that token's first unit and {@code tokenEnd} the index just after its last.
     */
    private record Unit(String text, boolean letter, String token, boolean tokenStart, int tokenEnd) {
    }

    private final List<Unit> units;

    private NameTokens(List<Unit> units) {
        this.units = units;
    }

    static NameTokens of(String name) {
        List<Unit> units = new ArrayList<>();
        String cleaned = VietnameseText.clean(name);
        Matcher piece = PIECE.matcher(cleaned);
        while (piece.find()) {
            String written = piece.group();
            String folded = written.equals("&") ? "va" : VietnameseText.fold(written);
            if (isAbbreviation(written) || isInitialWithDot(written, cleaned, piece.end())) {
                int end = units.size() + folded.length();
                for (int i = 0; i < folded.length(); i++) {
                    units.add(new Unit(folded.substring(i, i + 1), true, folded, i == 0, end));
                }
            } else {
                units.add(new Unit(folded, false, folded, true, units.size() + 1));
            }
        }
        return new NameTokens(units);
    }

    /**
     * An abbreviation is a token of at least two letters written all in capitals ("PTNT", "LĐTB",
     * "UBND"), or typed in lower case without any vowel ("ldtbxh", "nn", "tp"), or a known
     * lower-case one ("ubnd"). Tokens with digits and "và" in capitals are words.
     */
    static boolean isAbbreviation(String token) {
        if (token.length() < 2 || !token.chars().allMatch(Character::isLetter)) {
            return false;
        }
        String folded = VietnameseText.fold(token);
        if (folded.equals("va")) {
            return false;
        }
        return token.chars().allMatch(Character::isUpperCase)
                || !VOWEL.matcher(folded).find()
                || LOWER_CASE_ABBREVIATIONS.contains(folded);
    }

    /** "H. Nam Đàn", "TP. Vinh": one capital letter and a dot is an abbreviation too. */
    private static boolean isInitialWithDot(String token, String text, int end) {
        return token.length() == 1 && Character.isUpperCase(token.charAt(0))
                && end < text.length() && text.charAt(end) == '.';
    }

    /** Whether the two names align as described in the class comment. Symmetric. */
    boolean equivalentTo(NameTokens other) {
        List<Unit> a = units;
        List<Unit> b = other.units;
        int n = a.size();
        int m = b.size();
        // reach[i][j]: the first i units of a align with the first j units of b. Every step
        // moves forward, so one pass in index order is enough.
        boolean[][] reach = new boolean[n + 1][m + 1];
        reach[0][0] = true;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                if (!reach[i][j]) {
                    continue;
                }
                if (i < n && j < m) {
                    Unit x = a.get(i);
                    Unit y = b.get(j);
                    if (x.tokenStart() && y.tokenStart() && x.token().equals(y.token())) {
                        reach[x.tokenEnd()][y.tokenEnd()] = true;
                    }
                    if (unitsMatch(x, y)) {
                        reach[i + 1][j + 1] = true;
                    }
                }
                if (i < n && mayDropAnd(a, i, b, j)) {
                    reach[i + 1][j] = true;
                }
                if (j < m && mayDropAnd(b, j, a, i)) {
                    reach[i][j + 1] = true;
                }
            }
        }
        return reach[n][m];
    }

    private static boolean unitsMatch(Unit x, Unit y) {
        if (x.letter() == y.letter()) {
            return x.text().equals(y.text());
        }
        Unit word = x.letter() ? y : x;
        Unit letter = x.letter() ? x : y;
        return !word.text().equals("va") && word.text().startsWith(letter.text());
    }

    /** "và" at {@code own[i]} may be skipped if a letter is next to it on either side. */
    private static boolean mayDropAnd(List<Unit> own, int i, List<Unit> other, int j) {
        Unit unit = own.get(i);
        if (unit.letter() || !unit.text().equals("va")) {
            return false;
        }
        return isLetter(own, i - 1) || isLetter(own, i + 1) || isLetter(other, j - 1) || isLetter(other, j);
    }

    private static boolean isLetter(List<Unit> units, int index) {
        return index >= 0 && index < units.size() && units.get(index).letter();
    }
}
