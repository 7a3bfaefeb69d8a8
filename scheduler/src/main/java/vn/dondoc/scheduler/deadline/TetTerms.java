package vn.dondoc.scheduler.deadline;

import static vn.dondoc.scheduler.deadline.Grammar.END;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.scheduler.deadline.Grammar.Hit;
import vn.dondoc.scheduler.deadline.Term.Tet.Side;

/**
 * Reads deadlines next to Tết: "trước Tết Nguyên đán", "hoàn thành trước Tết Giáp Thìn", "ngay sau Tết", "trước
 * Tết 2025". The side must be written: a bare "Tết" or "sau Tết" names no day and stays not understood.
 *
 * <p>A year named in the sexagenary cycle ("Giáp Thìn") is kept as its place in the 60-year cycle; the assembler
 * picks the one nearest the issue date.
 */
final class TetTerms {

    /** The ten heavenly stems, folded, in cycle order (Giáp = 0). */
    static final List<String> STEMS = List.of("giap", "at", "binh", "dinh", "mau", "ky", "canh", "tan", "nham", "quy");
    /** The twelve earthly branches, folded, in cycle order (Tý = 0). Folding merges Tý (0) and Tỵ (5): see {@link #cycle}. */
    static final List<String> BRANCHES =
            List.of("ty", "suu", "dan", "mao", "thin", "ti", "ngo", "mui", "than", "dau", "tuat", "hoi");

    private static final Pattern TET = Pattern.compile(
            "(truoc|ngay sau)(?: khi)? (?:(?:ky nghi|dip|nghi) )?tet(?: (?:nguyen dan|am lich|co truyen))?"
                    + "(?: (" + String.join("|", STEMS) + ") (" + String.join("|", BRANCHES) + "|meo))?"
                    + "(?: nam)?(?: (\\d{4}))?" + END);

    private final NormalizedPhrase phrase;
    private final String text;

    TetTerms(NormalizedPhrase phrase) {
        this.phrase = phrase;
        this.text = phrase.text();
    }

    /** The Tết term at {@code p}, or null. */
    Hit read(int p) {
        Matcher m = Grammar.match(TET, text, p);
        if (m == null) {
            return null;
        }
        Side side = m.group(1).equals("truoc") ? Side.BEFORE : Side.SOON_AFTER;
        Integer cycle = null;
        if (m.group(2) != null) {
            cycle = cycle(m.group(2), m.group(3));
            if (cycle == null) {
                return null; // "Giáp Sửu" is no year: the words are left over and quoted
            }
        }
        Integer year = m.group(4) == null ? null : Numerals.year(m.group(4));
        if (year != null && cycle != null && Math.floorMod(year - 4, 60) != cycle) {
            throw new ParseProblem(DeadlineError.MEANING_UNCLEAR, phrase.quote(p, m.end()));
        }
        return new Hit(new Term.Tet(year, cycle, side), m.end());
    }

    /**
     * The place of a stem and a branch in the 60-year cycle (Giáp Tý = 0; a year y is at (y − 4) mod 60), or null
     * when they never meet: a stem and a branch of one year are both even or both odd, which also tells the folded
     * "ty" apart (Giáp Tý, Ất Tỵ).
     */
    static Integer cycle(String stem, String branch) {
        int s = STEMS.indexOf(stem);
        int b = branch.equals("meo") ? 3 : BRANCHES.indexOf(branch);
        if (branch.equals("ty") && s % 2 == 1) {
            b = 5;
        }
        if (s % 2 != b % 2) {
            return null;
        }
        for (int k = 0; k < 60; k++) {
            if (k % 10 == s && k % 12 == b) {
                return k;
            }
        }
        throw new AssertionError("same parity always meets");
    }
}
