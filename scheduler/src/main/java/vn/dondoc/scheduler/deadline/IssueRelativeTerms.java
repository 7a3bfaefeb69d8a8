package vn.dondoc.scheduler.deadline;

import static vn.dondoc.scheduler.deadline.Grammar.END;
import static vn.dondoc.scheduler.deadline.Grammar.NOT_RUN_ON;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.scheduler.deadline.Grammar.Hit;
import vn.dondoc.scheduler.deadline.RecurringRule.EveryDays;
import vn.dondoc.scheduler.deadline.RecurringRule.EveryMonths;
import vn.dondoc.scheduler.deadline.RecurringRule.Monthly;
import vn.dondoc.scheduler.deadline.RecurringRule.Quarterly;
import vn.dondoc.scheduler.deadline.RecurringRule.Weekly;
import vn.dondoc.scheduler.deadline.RecurringRule.Yearly;
import vn.dondoc.scheduler.deadline.Term.DayOfMonth.MonthOfQuarter;
import vn.dondoc.scheduler.deadline.Term.DayOfMonth;
import vn.dondoc.scheduler.deadline.Term.Relative.Step;

/**
 * Reads the terms whose dates hang on the issue date: counts ("trong 10 ngày kể từ ngày ký") and
 * recurring duties ("hằng tháng", "7 ngày/lần"), with the quarter-month days and weekdays that qualify
 * those duties ("ngày 15 tháng cuối quý", "thứ Hai").
 */
final class IssueRelativeTerms {

    // "trong 10 ngày", "sau 15 ngày", "trong 2 tuần", "trong 03 tháng kể từ ...", but not "trong 6 tháng đầu năm".
    private static final Pattern RELATIVE = Pattern.compile(
            "(?:(trong(?: vong| thoi han| thoi gian)?|sau|khong qua|toi da|chua qua) )?"
                    + "(\\d{1,3}) (ngay lam viec|ngay|tuan|thang|nam)" + END
                    + "(?! (?:dau|cuoi) nam)(?!\\s*(?:/|mot |1 )\\s*lan)");
    private static final String DOCUMENT = "(?:quyet dinh|van ban|ke hoach|chi thi|cong van|thong bao)(?: nay)?";
    // Only bases that are the issue date, or near enough to it, are accepted.
    private static final Pattern KNOWN_BASE = Pattern.compile(
            "\\s*,?\\s*(?:ke |tinh )?tu ngay (?:" + DOCUMENT + " )?(?:duoc )?"
                    + "(?:ky(?: ban hanh)?|ban hanh|co hieu luc(?: thi hanh)?)(?: " + DOCUMENT + ")?" + END);
    private static final Pattern ANY_BASE = Pattern.compile("\\s*,?\\s*(?:ke tu|tinh tu|tu|sau khi|sau)" + END);
    private static final Pattern CLAUSE_END = Pattern.compile("[,;()]");

    // "7 ngày/lần", "15 ngày một lần", "6 tháng/1 lần", "định kỳ 6 tháng"
    private static final Pattern EVERY =
            Pattern.compile("(?:dinh ky )?(\\d{1,3}) (ngay|tuan|thang)\\s*(?:/\\s*(?:1 |mot )?|mot |1 )lan" + END);
    private static final Pattern EVERY_PERIODIC =
            Pattern.compile("dinh ky (\\d{1,3}) (ngay|tuan|thang)" + END + "(?! (?:dau|cuoi) nam)");

    // "hằng tháng", "hàng quý", "mỗi tuần", "1 lần/quý", "định kỳ hằng tháng, quý, năm"; a unit followed by
    // a number ("năm 2024", "quý II") or by a part ("tháng đầu quý") belongs to the next term instead.
    private static final String FREQUENCY = "(thang|quy|nam|tuan)" + END + "(?!\\s*[/.-]?\\s*\\d)"
            + "(?! " + Numerals.ROMAN + END + ")(?! (?:dau|giua|cuoi)" + END + ")";
    private static final Pattern RECURRING_HEAD = Pattern.compile(
            "(?:dinh ky (?:(?:hang|moi) )?|(?:cuoi )?(?:hang|moi) |0?1 lan\\s*/\\s*|mot lan (?:moi |mot )?)" + FREQUENCY);
    private static final Pattern RECURRING_MORE =
            Pattern.compile("(?:\\s*[,;+/&]\\s*| va )(?:(?:hang|moi) )?" + FREQUENCY);
    private static final Pattern RECURRING_YEAR = Pattern.compile(" nam (\\d{4})" + END + NOT_RUN_ON);

    // "trước ngày 15 tháng cuối quý", "tháng đầu quý", "ngày 25 tháng cuối mỗi quý"
    private static final Pattern QUARTER_MONTH =
            Pattern.compile("(?:ngay (\\d{1,3}) (?:cua )?)?thang (dau|cuoi) (?:cua )?(?:(?:moi|hang) )?quy" + END);
    private static final Pattern WEEKDAY =
            Pattern.compile("(?:thu (2|3|4|5|6|7|hai|ba|tu|nam|sau|bay)|chu nhat|cn)" + END);

    private final NormalizedPhrase phrase;
    private final String text;

    IssueRelativeTerms(NormalizedPhrase phrase) {
        this.phrase = phrase;
        this.text = phrase.text();
    }

    /** The count, duty, quarter-month day or weekday at {@code p}, or null. */
    Hit read(int p) {
        Hit hit = relative(p);
        if (hit == null) {
            hit = every(p);
        }
        if (hit == null) {
            hit = recurring(p);
        }
        if (hit == null) {
            hit = quarterMonth(p);
        }
        if (hit == null) {
            hit = weekday(p);
        }
        return hit;
    }

    private Hit relative(int p) {
        Matcher m = match(RELATIVE, p);
        if (m == null) {
            return null;
        }
        int amount = Integer.parseInt(m.group(2));
        int end = m.end();
        Matcher base = match(KNOWN_BASE, end);
        boolean baseWritten = base != null;
        if (baseWritten) {
            end = base.end();
        } else if (match(ANY_BASE, end) != null) {
            Matcher stop = CLAUSE_END.matcher(text).region(end, text.length());
            int clauseEnd = stop.find() ? stop.start() : text.length();
            throw new ParseProblem(DeadlineError.UNKNOWN_BASE, phrase.quote(end, clauseEnd));
        } else if (m.group(1) == null) {
            return null; // "10 ngày" with neither "trong" nor a base is not a deadline
        }
        if (amount == 0) {
            throw new ParseProblem(DeadlineError.ZERO_TERM, phrase.quote(p, m.end()));
        }
        return new Hit(new Term.Relative(amount, step(m.group(3)), baseWritten), end);
    }

    private static Step step(String unit) {
        switch (unit) {
            case "ngay lam viec":
                return Step.WORKING_DAYS;
            case "ngay":
                return Step.DAYS;
            case "tuan":
                return Step.WEEKS;
            case "thang":
                return Step.MONTHS;
            default:
                return Step.YEARS;
        }
    }

    private Hit every(int p) {
        Matcher m = match(EVERY, p);
        if (m == null) {
            m = match(EVERY_PERIODIC, p);
        }
        if (m == null) {
            return null;
        }
        int n = Integer.parseInt(m.group(1));
        if (n == 0) {
            throw new ParseProblem(DeadlineError.ZERO_CYCLE, phrase.quote(p, m.end()));
        }
        switch (m.group(2)) {
            case "ngay":
                // Once a day is "hằng ngày": an ongoing duty, not a deadline.
                return new Hit(n == 1 ? new Term.Open() : single(new EveryDays(n)), m.end());
            case "tuan":
                return new Hit(single(new EveryDays(7 * n)), m.end());
            default:
                return new Hit(single(new EveryMonths(n)), m.end());
        }
    }

    private static Term.Recurring single(RecurringRule rule) {
        return new Term.Recurring(List.of(rule), null);
    }

    private Hit recurring(int p) {
        Matcher m = match(RECURRING_HEAD, p);
        if (m == null) {
            return null;
        }
        Set<RecurringRule> rules = new LinkedHashSet<>();
        rules.add(frequency(m.group(1)));
        int end = m.end();
        for (Matcher more = match(RECURRING_MORE, end); more != null; more = match(RECURRING_MORE, end)) {
            rules.add(frequency(more.group(1)));
            end = more.end();
        }
        Integer year = null;
        Matcher yearMatch = match(RECURRING_YEAR, end);
        if (yearMatch != null) {
            year = Numerals.year(yearMatch.group(1));
            end = yearMatch.end();
        }
        return new Hit(new Term.Recurring(new ArrayList<>(rules), year), end);
    }

    private static RecurringRule frequency(String unit) {
        switch (unit) {
            case "thang":
                return new Monthly(0);
            case "quy":
                return new Quarterly(0, false);
            case "tuan":
                return new Weekly(null);
            default:
                return new Yearly(null);
        }
    }

    private Hit quarterMonth(int p) {
        Matcher m = match(QUARTER_MONTH, p);
        if (m == null) {
            return null;
        }
        int day = m.group(1) == null ? 0 : Numerals.day(m.group(1));
        MonthOfQuarter which = m.group(2).equals("dau") ? MonthOfQuarter.FIRST : MonthOfQuarter.LAST;
        return new Hit(new DayOfMonth(day, which), m.end());
    }

    private Hit weekday(int p) {
        Matcher m = match(WEEKDAY, p);
        return m == null ? null : new Hit(new Term.Weekday(dayOfWeek(m.group(1))), m.end());
    }

    private static DayOfWeek dayOfWeek(String written) {
        if (written == null) {
            return DayOfWeek.SUNDAY; // "Chủ nhật", "CN"
        }
        switch (written) {
            case "2": case "hai":
                return DayOfWeek.MONDAY;
            case "3": case "ba":
                return DayOfWeek.TUESDAY;
            case "4": case "tu":
                return DayOfWeek.WEDNESDAY;
            case "5": case "nam":
                return DayOfWeek.THURSDAY;
            case "6": case "sau":
                return DayOfWeek.FRIDAY;
            default:
                return DayOfWeek.SATURDAY;
        }
    }

    private Matcher match(Pattern pattern, int p) {
        return Grammar.match(pattern, text, p);
    }
}
