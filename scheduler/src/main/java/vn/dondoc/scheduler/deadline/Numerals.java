package vn.dondoc.scheduler.deadline;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Numbers as written in deadlines: Arabic with leading zeros ("tháng 04"), Roman I–XII, years; checked with a message. */
final class Numerals {

    /** Folded Roman numerals I–XII; callers put a word edge after it so "i" never matches inside "iv". */
    static final String ROMAN = "(?:xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)";

    /**
     * Folded month and quarter numbers in words ("tháng Mười Hai", "quý Hai"), the two-word ones first so that
     * "muoi hai" is not read as "muoi". Their spellings are checked against what was written in {@link PeriodTerms}.
     */
    static final String WORDS = "(?:muoi mot|muoi hai|muoi|mot|hai|ba|tu|bon|nam|sau|bay|tam|chin)";

    static final String QUARTER_WORDS = "(?:mot|hai|ba|tu|bon)";

    private static final Map<String, Integer> WORD_VALUES = Map.ofEntries(Map.entry("mot", 1), Map.entry("hai", 2),
            Map.entry("ba", 3), Map.entry("tu", 4), Map.entry("bon", 4), Map.entry("nam", 5), Map.entry("sau", 6),
            Map.entry("bay", 7), Map.entry("tam", 8), Map.entry("chin", 9), Map.entry("muoi", 10),
            Map.entry("muoi mot", 11), Map.entry("muoi hai", 12));

    private static final List<String> ROMANS =
            List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii");

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private Numerals() {
    }

    /** The value of a digit string (at most a few digits) or a folded Roman numeral. */
    static int value(String token) {
        if (Character.isDigit(token.charAt(0))) {
            return Integer.parseInt(token);
        }
        Integer word = WORD_VALUES.get(token);
        return word != null ? word : ROMANS.indexOf(token) + 1;
    }

    /** Whether {@code token} is a number written in words ("ba", "muoi hai"). */
    static boolean isWord(String token) {
        return WORD_VALUES.containsKey(token);
    }

    /** The number as staff wrote it, for messages: "V" stays Roman, "013" becomes "13", words become digits. */
    static String shown(String token) {
        if (Character.isDigit(token.charAt(0)) || isWord(token)) {
            return String.valueOf(value(token));
        }
        return token.toUpperCase(Locale.ROOT);
    }

    /** A written year: two digits mean 20yy ("5/2/24"); four digits must be within 2000–2100. */
    static int year(String digits) {
        int year = Integer.parseInt(digits);
        if (digits.length() == 2) {
            return 2000 + year;
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new ParseProblem(DeadlineError.YEAR_OUT_OF_RANGE, year, FIRST_YEAR, LAST_YEAR);
        }
        return year;
    }

    static int month(String token) {
        int month = value(token);
        if (month < 1 || month > 12) {
            throw new ParseProblem(DeadlineError.NO_SUCH_MONTH, shown(token));
        }
        return month;
    }

    static int quarter(String token) {
        int quarter = value(token);
        if (quarter < 1 || quarter > 4) {
            throw new ParseProblem(DeadlineError.NO_SUCH_QUARTER, shown(token));
        }
        return quarter;
    }

    static int day(String digits) {
        int day = Integer.parseInt(digits);
        if (day < 1 || day > 31) {
            throw new ParseProblem(DeadlineError.NO_SUCH_DAY, day);
        }
        return day;
    }

    /** The first non-null of two alternative year groups of a pattern, or null. */
    static Integer yearOrNull(String first, String second) {
        String digits = first != null ? first : second;
        return digits == null ? null : year(digits);
    }
}
