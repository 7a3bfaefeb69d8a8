package vn.dondoc.scheduler.deadline;

import static vn.dondoc.scheduler.deadline.Grammar.END;
import static vn.dondoc.scheduler.deadline.Grammar.MONTH_NUMBER;
import static vn.dondoc.scheduler.deadline.Grammar.QUARTER_NUMBER;
import static vn.dondoc.scheduler.deadline.Grammar.NOT_RUN_ON;
import static vn.dondoc.scheduler.deadline.Grammar.NUMBER;
import static vn.dondoc.scheduler.deadline.Grammar.YEAR_SUFFIX;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.scheduler.deadline.FixedPeriod.Part;
import vn.dondoc.scheduler.deadline.FixedPeriod.Unit;
import vn.dondoc.scheduler.deadline.Grammar.Hit;
import vn.dondoc.scheduler.deadline.Term.DayOfMonth;

/**
 * Reads calendar terms: exact dates ("05/02/2024", "ngày 12 tháng 4"), months ("tháng 04/2024",
 * "cuối tháng 3"), quarters ("Quý III", "đầu quý II"), parts of the year ("6 tháng đầu năm", "Năm
 * 2024"), a bare day ("ngày 18", for recurring duties), and bare numbers inheriting a unit ("Tháng 6,7").
 */
final class PeriodTerms {

    // "05/02/2024", "ngày 15/3", "5/2/24", "15/4 năm 2024"
    private static final Pattern DATE_SLASH = Pattern.compile(
            "(?:ngay )?(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{4}|\\d{2})|\\s+nam\\s+(\\d{4}))?(?!\\s*/)" + END);
    // "15-4-2024", "15.4.2024": with a dash or a dot the year is required, or "1-2" would be a date.
    private static final Pattern DATE_DOTTED =
            Pattern.compile("(?:ngay )?(\\d{1,2})([.-])(\\d{1,2})\\2(\\d{4}|\\d{2})" + END);
    // "ngày 12 tháng 4 năm 2024"
    private static final Pattern DATE_WORDS =
            Pattern.compile("ngay (\\d{1,2}) thang " + MONTH_NUMBER + YEAR_SUFFIX + "?" + END + NOT_RUN_ON);

    private static final Pattern MONTH = Pattern.compile(
            "(?:(dau|giua|cuoi|thuong tuan|trung tuan|ha tuan) )?thang " + MONTH_NUMBER + YEAR_SUFFIX + "?" + END + NOT_RUN_ON);
    // "6/2024": a four-digit year can only follow a month.
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s*/\\s*(\\d{4})" + END + NOT_RUN_ON);
    private static final Pattern QUARTER =
            Pattern.compile("(?:(dau|giua|cuoi) )?quy " + QUARTER_NUMBER + YEAR_SUFFIX + "?" + END + NOT_RUN_ON);

    // Parts of a year. "6 tháng" and "9 tháng" alone are the standard cumulative reports (to 30/6, 30/9).
    private static final Pattern FIRST_MONTHS = Pattern.compile("(\\d{1,2}) thang (dau|cuoi) nam(?: (\\d{4}))?" + END);
    private static final Pattern REPORT_MONTHS =
            Pattern.compile("(0?6|0?9) thang" + YEAR_SUFFIX + "?" + END + NOT_RUN_ON);
    private static final Pattern HALF_YEAR = Pattern.compile("(nua dau|nua cuoi|giua|ca|cuoi) nam(?: (\\d{4}))?" + END);
    private static final Pattern YEAR = Pattern.compile("(?:nam|giai doan) (\\d{4})" + END + NOT_RUN_ON);
    private static final Pattern THIS_YEAR = Pattern.compile("nam nay" + END);
    private static final Pattern PLAIN_YEAR = Pattern.compile("nam" + END + "(?!\\s*\\d)");

    // Tried after the dates, so "ngày 12 tháng 4" is never read as a bare "ngày 12".
    private static final Pattern DAY = Pattern.compile("ngay (\\d{1,3})" + END + NOT_RUN_ON);

    // After "Tháng 6," or "quý I," a bare number inherits the unit: "Tháng 6,7", "quý I, II năm 2025".
    private static final Pattern BARE = Pattern.compile(
            NUMBER + YEAR_SUFFIX + "?" + END + NOT_RUN_ON + "(?! (?:ngay|tuan|thang|quy|nam|lan)" + END + ")");
    private static final Pattern BARE_YEAR = Pattern.compile("(\\d{4})" + END + NOT_RUN_ON);

    // Numbers in words as offices spell them. Folding merges "sáu" (six) with "sau" (after, "tháng sau" = next
    // month) and "năm" with "Nam": a phrase typed with diacritics must spell the number; one typed without any
    // is read folded, except "sau".
    private static final Set<String> MONTH_SPELLINGS = Set.of("một", "hai", "ba", "tư", "bốn", "năm", "sáu", "bảy",
            "bẩy", "tám", "chín", "mười", "mười một", "mười hai");
    private static final Set<String> QUARTER_SPELLINGS = Set.of("một", "hai", "ba", "tư", "bốn");

    private final NormalizedPhrase phrase;
    private final String text;

    PeriodTerms(NormalizedPhrase phrase) {
        this.phrase = phrase;
        this.text = phrase.text();
    }

    /** The calendar term at {@code p}, or null. */
    Hit read(int p) {
        Hit hit = exactDate(p);
        if (hit == null) {
            hit = month(p);
        }
        if (hit == null) {
            hit = quarter(p);
        }
        if (hit == null) {
            hit = yearPart(p);
        }
        if (hit == null) {
            hit = dayOfMonth(p);
        }
        return hit;
    }

    /** A bare number at {@code p} naming another period of the same unit as {@code previous}, or null. */
    Hit bare(int p, FixedPeriod previous) {
        if (previous.unit() == Unit.YEAR) {
            Matcher m = match(BARE_YEAR, p);
            return m == null ? null : new Hit(previous.sibling(Numerals.year(m.group(1)), null), m.end());
        }
        Matcher m = match(BARE, p);
        if (m == null) {
            return null;
        }
        int value = previous.unit() == Unit.MONTH ? Numerals.month(m.group(1)) : Numerals.quarter(m.group(1));
        return new Hit(previous.sibling(value, Numerals.yearOrNull(m.group(2), m.group(3))), m.end());
    }

    private Hit exactDate(int p) {
        Matcher m = match(DATE_SLASH, p);
        if (m != null) {
            Integer year = Numerals.yearOrNull(m.group(3), m.group(4));
            return new Hit(FixedPeriod.date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), year), m.end());
        }
        m = match(DATE_DOTTED, p);
        if (m != null) {
            int year = Numerals.year(m.group(4));
            return new Hit(FixedPeriod.date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), year), m.end());
        }
        m = match(DATE_WORDS, p);
        if (m != null && spelled(m, 2, MONTH_SPELLINGS)) {
            // The month is not checked for 1–12 first: "ngày 5 tháng 13" is an impossible date either way.
            Integer year = Numerals.yearOrNull(m.group(3), m.group(4));
            return new Hit(FixedPeriod.date(Integer.parseInt(m.group(1)), Numerals.value(m.group(2)), year), m.end());
        }
        return null;
    }

    private Hit month(int p) {
        Matcher m = match(MONTH, p);
        if (m != null && spelled(m, 2, MONTH_SPELLINGS)) {
            Integer year = Numerals.yearOrNull(m.group(3), m.group(4));
            return new Hit(FixedPeriod.month(Numerals.month(m.group(2)), part(m.group(1)), year), m.end());
        }
        m = match(MONTH_YEAR, p);
        if (m != null) {
            return new Hit(FixedPeriod.month(Numerals.month(m.group(1)), Part.LATE, Numerals.year(m.group(2))), m.end());
        }
        return null;
    }

    private Hit quarter(int p) {
        Matcher m = match(QUARTER, p);
        if (m == null || !spelled(m, 2, QUARTER_SPELLINGS)) {
            return null;
        }
        Integer year = Numerals.yearOrNull(m.group(3), m.group(4));
        return new Hit(FixedPeriod.quarter(Numerals.quarter(m.group(2)), part(m.group(1)), year), m.end());
    }

    /** Whether group {@code g} is a number in digits or Roman, or a word spelled as a number (see the spellings). */
    private boolean spelled(Matcher m, int g, Set<String> spellings) {
        String folded = m.group(g);
        if (!Numerals.isWord(folded)) {
            return true;
        }
        String written = phrase.quote(m.start(g), m.end(g)).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (spellings.contains(written)) {
            return true;
        }
        // Typed without diacritics, the folded word is all there is; a quarter word was already limited to 1–4.
        return !phrase.hasDiacritics() && !folded.equals("sau");
    }

    private static Part part(String written) {
        if (written == null) {
            return Part.LATE;
        }
        switch (written) {
            case "dau":
            case "thuong tuan":
                return Part.EARLY;
            case "giua":
            case "trung tuan":
                return Part.MIDDLE;
            default:
                return Part.LATE;
        }
    }

    private Hit yearPart(int p) {
        Matcher m = match(FIRST_MONTHS, p);
        if (m != null) {
            int months = Integer.parseInt(m.group(1));
            if (months < 1 || months > 12) {
                throw new ParseProblem(DeadlineError.TOO_MANY_MONTHS, phrase.quote(p, m.end()));
            }
            Integer year = m.group(3) == null ? null : Numerals.year(m.group(3));
            return new Hit(FixedPeriod.yearUpTo(m.group(2).equals("dau") ? months : 12, year), m.end());
        }
        m = match(REPORT_MONTHS, p);
        if (m != null) {
            Integer year = Numerals.yearOrNull(m.group(2), m.group(3));
            return new Hit(FixedPeriod.yearUpTo(Integer.parseInt(m.group(1)), year), m.end());
        }
        m = match(HALF_YEAR, p);
        if (m != null) {
            boolean firstHalf = m.group(1).equals("nua dau") || m.group(1).equals("giua");
            Integer year = m.group(2) == null ? null : Numerals.year(m.group(2));
            return new Hit(FixedPeriod.yearUpTo(firstHalf ? 6 : 12, year), m.end());
        }
        m = match(YEAR, p);
        if (m != null) {
            return new Hit(FixedPeriod.yearUpTo(12, Numerals.year(m.group(1))), m.end());
        }
        m = match(THIS_YEAR, p);
        if (m == null) {
            m = match(PLAIN_YEAR, p);
        }
        return m == null ? null : new Hit(FixedPeriod.yearUpTo(12, null), m.end());
    }

    private Hit dayOfMonth(int p) {
        Matcher m = match(DAY, p);
        return m == null ? null : new Hit(new DayOfMonth(Numerals.day(m.group(1)), null), m.end());
    }

    private Matcher match(Pattern pattern, int p) {
        return Grammar.match(pattern, text, p);
    }
}
