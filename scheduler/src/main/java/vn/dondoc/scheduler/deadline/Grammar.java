package vn.dondoc.scheduler.deadline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Regex fragments and matching shared by the term readers. All patterns read folded text. */
final class Grammar {

    /** A match must end at a word edge, so "quy i" never matches the start of "quy iv". */
    static final String END = "(?![\\p{L}\\p{N}])";
    /** "tháng 11/12" is neither a month nor a date: a number must not run on into "/" or "." and digits. */
    static final String NOT_RUN_ON = "(?!\\s*[/.]\\s*\\d)";
    /** A month or quarter number, Arabic or Roman; range checks come later, with a message. */
    static final String NUMBER = "(\\d{1,3}|" + Numerals.ROMAN + ")";
    /** A month as {@link #NUMBER} or in words ("tháng Ba", "tháng Mười Hai"): only right after "tháng". */
    static final String MONTH_NUMBER = "(\\d{1,3}|" + Numerals.ROMAN + "|" + Numerals.WORDS + ")";
    /** A quarter as {@link #NUMBER} or in words ("quý Hai", "quý Tư"): only right after "quý". */
    static final String QUARTER_NUMBER = "(\\d{1,3}|" + Numerals.ROMAN + "|" + Numerals.QUARTER_WORDS + ")";
    /** "tháng 4/2024", "quý 3-2024", "tháng 4 năm 2025": two alternative groups for the year. */
    static final String YEAR_SUFFIX = "(?:\\s*[/.-]\\s*(\\d{4})|\\s+nam\\s+(\\d{4}))";

    /** A recognised term and where its text ends. */
    record Hit(Term term, int end) {
    }

    private Grammar() {
    }

    /** {@code pattern} matched at exactly {@code p}, or null. */
    static Matcher match(Pattern pattern, String text, int p) {
        // Transparent bounds let the look-arounds see past the region; anchoring lets "$" mean the text end.
        Matcher m = pattern.matcher(text).region(p, text.length()).useTransparentBounds(true);
        return m.lookingAt() ? m : null;
    }
}
