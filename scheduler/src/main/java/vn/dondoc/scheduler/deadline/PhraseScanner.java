package vn.dondoc.scheduler.deadline;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.scheduler.deadline.FixedPeriod.Part;
import vn.dondoc.scheduler.deadline.FixedPeriod.Unit;
import vn.dondoc.scheduler.deadline.RecurringRule.EveryDays;
import vn.dondoc.scheduler.deadline.RecurringRule.EveryMonths;
import vn.dondoc.scheduler.deadline.RecurringRule.Monthly;
import vn.dondoc.scheduler.deadline.RecurringRule.Quarterly;
import vn.dondoc.scheduler.deadline.RecurringRule.Weekly;
import vn.dondoc.scheduler.deadline.RecurringRule.Yearly;
import vn.dondoc.scheduler.deadline.Term.DayOfMonth;
import vn.dondoc.scheduler.deadline.Term.DayOfMonth.MonthOfQuarter;
import vn.dondoc.scheduler.deadline.Term.Relative.Step;

/**
 * Reads a folded phrase left to right into terms and the links between them.
 *
 * <p>At each position it tries, in order: a term; a connector ("," ";" "và" → list; "-" "+" "đến" →
 * range; brackets → aside); a filler word that carries no date meaning ("trước", "chậm nhất", "trình
 * UBND tỉnh"). If none fits, the words there are left over and the whole phrase is UNPARSED: that
 * guard is what stops "Quý I (trình kỳ họp HĐND tháng 7)" from quietly becoming 31/03.
 */
final class PhraseScanner {

    /** How a term is joined to the one before it. */
    enum Link { ADJACENT, LIST, RANGE, ASIDE }

    /**
     * A recognised term.
     *
     * @param link       how it joins the previous piece (ADJACENT when nothing stands between them)
     * @param opensRange written after "từ", so a range end must follow
     * @param start      first folded character, for quoting
     * @param end        one past the last folded character
     */
    record Piece(Term term, Link link, boolean opensRange, int start, int end) {
    }

    private record Hit(Term term, int end) {
    }

    // A match must end at a word edge, so "quy i" never matches the start of "quy iv".
    private static final String END = "(?![\\p{L}\\p{N}])";
    // "tháng 11/12" is neither a month nor a date: a number must not run on into "/" or "." and digits.
    private static final String NOT_RUN_ON = "(?!\\s*[/.]\\s*\\d)";
    private static final String NUMBER = "(\\d{1,3}|" + Numerals.ROMAN + ")";
    // "tháng 4/2024", "quý 3-2024", "tháng 4 năm 2025"
    private static final String YEAR_SUFFIX = "(?:\\s*[/.-]\\s*(\\d{4})|\\s+nam\\s+(\\d{4}))";

    // No fixed deadline. The heads that introduce a condition take the words after them as well.
    private static final Pattern OPEN_WORDS =
            Pattern.compile("(?:thuong xuyen|lien tuc|hang ngay|moi ngay|kip thoi|dot xuat)" + END);
    private static final Pattern OPEN_HEAD = Pattern.compile("(?:ngay sau khi|ngay khi|sau khi|khi|neu|theo)" + END);
    private static final Pattern TAIL_WORD = Pattern.compile(" (\\p{L}+)" + END);
    private static final Pattern UNIT_WORD = Pattern.compile("ngay|tuan|thang|quy|nam");
    private static final Set<String> UNIT_SPELLINGS = Set.of("ngày", "tuần", "tháng", "quý", "quí", "năm");
    private static final Pattern UNIT_COMPOUND = Pattern.compile("(?:quy (?:dinh|hoach|che|trinh|chuan)|tuan thu)" + END);

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

    // "7 ngày/lần", "15 ngày một lần", "định kỳ 6 tháng", "6 tháng/lần"
    private static final Pattern EVERY =
            Pattern.compile("(?:dinh ky )?(\\d{1,3}) (ngay|tuan|thang)\\s*(?:/\\s*(?:1 |mot )?|mot |1 )lan" + END);
    private static final Pattern EVERY_PERIODIC =
            Pattern.compile("dinh ky (\\d{1,3}) (ngay|tuan|thang)" + END + "(?! (?:dau|cuoi) nam)");

    // "hằng tháng", "hàng quý", "mỗi tuần", "định kỳ hằng tháng, quý, năm"; a unit followed by a number
    // ("năm 2024", "quý II") or by a part ("tháng đầu quý") belongs to the next term instead.
    private static final String FREQUENCY = "(thang|quy|nam|tuan)" + END + "(?!\\s*[/.-]?\\s*\\d)"
            + "(?! " + Numerals.ROMAN + END + ")(?! (?:dau|giua|cuoi)" + END + ")";
    private static final Pattern RECURRING_HEAD = Pattern.compile(
            "(?:dinh ky (?:(?:hang|moi) )?|(?:cuoi )?(?:hang|moi) |0?1 lan\\s*/\\s*|mot lan (?:moi |mot )?)" + FREQUENCY);
    private static final Pattern RECURRING_MORE =
            Pattern.compile("(?:\\s*[,;+/&]\\s*| va )(?:(?:hang|moi) )?" + FREQUENCY);
    private static final Pattern RECURRING_YEAR = Pattern.compile(" nam (\\d{4})" + END + NOT_RUN_ON);

    // "trước ngày 15 tháng cuối quý", "tháng đầu quý"
    private static final Pattern QUARTER_MONTH =
            Pattern.compile("(?:ngay (\\d{1,3}) (?:cua )?)?thang (dau|cuoi) (?:cua )?quy" + END);
    private static final Pattern WEEKDAY =
            Pattern.compile("(?:thu (2|3|4|5|6|7|hai|ba|tu|nam|sau|bay)|chu nhat|cn)" + END);

    // "05/02/2024", "ngày 15/3", "5/2/24", "15/4 năm 2024"
    private static final Pattern DATE_SLASH = Pattern.compile(
            "(?:ngay )?(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{4}|\\d{2})|\\s+nam\\s+(\\d{4}))?(?!\\s*/)" + END);
    // "15-4-2024", "15.4.2024": with a dash or a dot the year is required, or "1-2" would be a date.
    private static final Pattern DATE_DOTTED =
            Pattern.compile("(?:ngay )?(\\d{1,2})([.-])(\\d{1,2})\\2(\\d{4}|\\d{2})" + END);
    // "ngày 12 tháng 4 năm 2024"
    private static final Pattern DATE_WORDS =
            Pattern.compile("ngay (\\d{1,2}) thang " + NUMBER + YEAR_SUFFIX + "?" + END + NOT_RUN_ON);

    private static final Pattern MONTH = Pattern.compile(
            "(?:(dau|giua|cuoi|thuong tuan|trung tuan|ha tuan) )?thang " + NUMBER + YEAR_SUFFIX + "?" + END + NOT_RUN_ON);
    // "6/2024": a four-digit year can only follow a month.
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s*/\\s*(\\d{4})" + END + NOT_RUN_ON);
    private static final Pattern QUARTER =
            Pattern.compile("(?:(dau|giua|cuoi) )?quy " + NUMBER + YEAR_SUFFIX + "?" + END + NOT_RUN_ON);

    // Parts of a year. "6 tháng" and "9 tháng" alone are the standard cumulative reports (to 30/6, 30/9).
    private static final Pattern FIRST_MONTHS = Pattern.compile("(\\d{1,2}) thang (dau|cuoi) nam(?: (\\d{4}))?" + END);
    private static final Pattern REPORT_MONTHS =
            Pattern.compile("(0?6|0?9) thang" + YEAR_SUFFIX + "?" + END + NOT_RUN_ON);
    private static final Pattern HALF_YEAR = Pattern.compile("(nua dau|nua cuoi|giua|ca|cuoi) nam(?: (\\d{4}))?" + END);
    private static final Pattern YEAR = Pattern.compile("(?:nam|giai doan) (\\d{4})" + END + NOT_RUN_ON);
    private static final Pattern THIS_YEAR = Pattern.compile("nam nay" + END);
    private static final Pattern PLAIN_YEAR = Pattern.compile("nam" + END + "(?!\\s*\\d)");

    private static final Pattern DAY = Pattern.compile("ngay (\\d{1,3})" + END + NOT_RUN_ON);

    // After "Tháng 6," or "quý I," a bare number inherits the unit: "Tháng 6,7", "quý I, II năm 2025".
    private static final Pattern BARE = Pattern.compile(
            NUMBER + YEAR_SUFFIX + "?" + END + NOT_RUN_ON + "(?! (?:ngay|tuan|thang|quy|nam|lan)" + END + ")");
    private static final Pattern BARE_YEAR = Pattern.compile("(\\d{4})" + END + NOT_RUN_ON);

    private static final Pattern FROM = Pattern.compile("tu" + END);
    private static final Pattern LIST_MARK = Pattern.compile("\\s*[,;]");
    private static final Pattern CONNECTOR = Pattern.compile("[,;&+()\\-]|\\.(?= |$)|(?:va|den|toi)" + END);
    private static final Pattern FILLER = Pattern.compile("(?:"
            + "chu tich ubnd tinh|ubnd tinh|hdnd tinh|ubnd|hdnd|tu nay den|tu nay toi"
            + "|cham nhat|muon nhat|han chot|thoi han|han|thoi gian thuc hien|thoi gian|thoi diem"
            + "|hoan thanh|xong|trong vong|trong|vao|het|khoang|du kien|khong qua|toi da|thuc hien|la"
            + "|trinh|tham muu|bao cao|ket qua|ban hanh|to chuc|trien khai|nop|gui|so ket|tong ket|truoc"
            + ")" + END);
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|\\S");

    private final NormalizedPhrase phrase;
    private final String text;
    private final List<IntFunction<Hit>> datedRecognisers = List.of(
            this::relative, this::every, this::recurring, this::quarterMonth, this::weekday,
            this::exactDate, this::month, this::quarter, this::yearPart, this::dayOfMonth);

    PhraseScanner(NormalizedPhrase phrase) {
        this.phrase = phrase;
        this.text = phrase.text();
    }

    List<Piece> scan() {
        List<Piece> pieces = new ArrayList<>();
        Link pending = null;
        boolean opensRange = false;
        int p = 0;
        while (p < text.length()) {
            if (text.charAt(p) == ' ') {
                p++;
                continue;
            }
            Hit hit = term(p, bareContext(pieces, pending));
            if (hit != null) {
                Link link = pieces.isEmpty() ? null : pending == null ? Link.ADJACENT : pending;
                pieces.add(new Piece(hit.term(), link, opensRange, p, hit.end()));
                pending = null;
                opensRange = false;
                p = hit.end();
                continue;
            }
            Matcher connector = match(CONNECTOR, p);
            if (connector != null) {
                // "hằng quý (…), năm": a closing bracket before a comma only ends the aside.
                boolean closesBeforeList = connector.group().equals(")") && match(LIST_MARK, connector.end()) != null;
                if (!closesBeforeList) {
                    pending = connect(connector.group(), pending, !pieces.isEmpty());
                }
                p = connector.end();
                continue;
            }
            Matcher filler = match(FILLER, p);
            if (filler != null) {
                p = filler.end();
                continue;
            }
            Matcher from = match(FROM, p);
            if (from != null) {
                opensRange = true;
                p = from.end();
                continue;
            }
            throw leftover(p);
        }
        if (opensRange) {
            throw new ParseProblem(PhraseAssembler.START_ONLY);
        }
        return pieces;
    }

    private static Link connect(String connector, Link pending, boolean afterTerm) {
        switch (connector) {
            case "(":
            case ")":
                return Link.ASIDE;
            case "-":
            case "+":
            case "den":
            case "toi":
                // Only straight after a term: a leading "- " is a bullet, a leading "đến tháng 6" means "by June".
                return afterTerm && pending == null ? Link.RANGE : pending;
            default:
                return pending == Link.ASIDE || pending == Link.RANGE ? pending : Link.LIST;
        }
    }

    /** The unit a bare number would inherit here, or null. */
    private static FixedPeriod bareContext(List<Piece> pieces, Link pending) {
        if (pieces.isEmpty() || (pending != Link.LIST && pending != Link.RANGE)) {
            return null;
        }
        Term last = pieces.get(pieces.size() - 1).term();
        return last instanceof FixedPeriod && ((FixedPeriod) last).unit() != Unit.DATE ? (FixedPeriod) last : null;
    }

    private Hit term(int p, FixedPeriod bareContext) {
        // Inheritance first: in "quý I, 2/2025" the 2 is a quarter, not February.
        Hit hit = bareContext == null ? null : bare(p, bareContext);
        if (hit == null) {
            hit = open(p);
        }
        if (hit == null) {
            hit = dated(p);
        }
        return hit;
    }

    private Hit dated(int p) {
        for (IntFunction<Hit> recogniser : datedRecognisers) {
            Hit hit = recogniser.apply(p);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    private Hit open(int p) {
        Matcher words = match(OPEN_WORDS, p);
        if (words != null) {
            return new Hit(new Term.Open(), words.end());
        }
        Matcher head = match(OPEN_HEAD, p);
        if (head == null) {
            return null;
        }
        // "Theo chỉ đạo của UBND tỉnh", "Khi có đề xuất": the condition's own words, up to anything dated,
        // a digit or a punctuation mark, so "Theo kế hoạch, tháng 6" still sees its month.
        int end = head.end();
        for (Matcher word = match(TAIL_WORD, end); word != null; word = match(TAIL_WORD, end)) {
            if (isTimeUnit(word.start(1), word.end(1))) {
                break;
            }
            // "miền Nam" is not "năm", but "quy 2" typed without its accent is still a quarter.
            Hit dated = dated(word.start(1));
            boolean otherWord = UNIT_WORD.matcher(word.group(1)).matches();
            if (dated != null && !(otherWord && dated.end() == word.end(1))) {
                break;
            }
            end = word.end();
        }
        return end > head.end() ? new Hit(new Term.Open(), end) : null;
    }

    /**
     * Whether a word in a condition's tail may be a time unit, which ends the tail ("Theo quý" is not
     * "Theo ..."). Folding merges "quý" with "quy" (quy định) and "năm" with "Nam" (Miền Nam), so the
     * written word decides: "quý" is the unit; a plain "quy" in a phrase typed with diacritics is not.
     * Typed without any diacritics it stays a unit, except in a few common compounds.
     */
    private boolean isTimeUnit(int start, int end) {
        if (!UNIT_WORD.matcher(text.substring(start, end)).matches()) {
            return false;
        }
        String written = phrase.quote(start, end).toLowerCase(Locale.ROOT);
        if (UNIT_SPELLINGS.contains(written)) {
            return true;
        }
        if (!written.chars().allMatch(c -> c < 0x80)) {
            return false; // "thắng", "tuân": another word
        }
        return !phrase.hasDiacritics() && match(UNIT_COMPOUND, start) == null;
    }

    private Hit relative(int p) {
        Matcher m = match(RELATIVE, p);
        if (m == null) {
            return null;
        }
        int amount = Integer.parseInt(m.group(2));
        Step step = step(m.group(3));
        int end = m.end();
        Matcher base = match(KNOWN_BASE, end);
        boolean baseWritten = base != null;
        if (baseWritten) {
            end = base.end();
        } else if (match(ANY_BASE, end) != null) {
            Matcher stop = CLAUSE_END.matcher(text).region(end, text.length());
            int clauseEnd = stop.find() ? stop.start() : text.length();
            throw new ParseProblem("Không rõ mốc tính thời hạn “" + phrase.quote(end, clauseEnd) + "”.");
        } else if (m.group(1) == null) {
            return null; // "10 ngày" with neither "trong" nor a base is not a deadline
        }
        if (amount == 0) {
            throw new ParseProblem("Thời hạn “" + phrase.quote(p, m.end()) + "” bằng 0, không có nghĩa.");
        }
        return new Hit(new Term.Relative(amount, step, baseWritten), end);
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
            throw new ParseProblem("Chu kỳ “" + phrase.quote(p, m.end()) + "” bằng 0, không có nghĩa.");
        }
        switch (m.group(2)) {
            case "ngay":
                // Once a day is "hằng ngày": an ongoing duty, not a deadline.
                return new Hit(n == 1 ? new Term.Open() : recurring(new EveryDays(n)), m.end());
            case "tuan":
                return new Hit(recurring(new EveryDays(7 * n)), m.end());
            default:
                return new Hit(recurring(new EveryMonths(n)), m.end());
        }
    }

    private static Term.Recurring recurring(RecurringRule rule) {
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
        int day = m.group(1) == null ? 0 : dayNumber(m.group(1));
        MonthOfQuarter which = m.group(2).equals("dau") ? MonthOfQuarter.FIRST : MonthOfQuarter.LAST;
        return new Hit(new DayOfMonth(day, which), m.end());
    }

    private Hit weekday(int p) {
        Matcher m = match(WEEKDAY, p);
        if (m == null) {
            return null;
        }
        return new Hit(new Term.Weekday(dayOfWeek(m.group(1))), m.end());
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
        if (m != null) {
            // The month is not checked for 1–12 first: "ngày 5 tháng 13" is an impossible date either way.
            Integer year = Numerals.yearOrNull(m.group(3), m.group(4));
            return new Hit(FixedPeriod.date(Integer.parseInt(m.group(1)), Numerals.value(m.group(2)), year), m.end());
        }
        return null;
    }

    private Hit month(int p) {
        Matcher m = match(MONTH, p);
        if (m == null) {
            Matcher monthYear = match(MONTH_YEAR, p);
            return monthYear == null ? null : new Hit(
                    FixedPeriod.month(monthNumber(monthYear.group(1)), Part.LATE, Numerals.year(monthYear.group(2))),
                    monthYear.end());
        }
        Part part = part(m.group(1));
        Integer year = Numerals.yearOrNull(m.group(3), m.group(4));
        return new Hit(FixedPeriod.month(monthNumber(m.group(2)), part, year), m.end());
    }

    private Hit quarter(int p) {
        Matcher m = match(QUARTER, p);
        if (m == null) {
            return null;
        }
        Integer year = Numerals.yearOrNull(m.group(3), m.group(4));
        return new Hit(FixedPeriod.quarter(quarterNumber(m.group(2)), part(m.group(1)), year), m.end());
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
                throw new ParseProblem("Một năm chỉ có 12 tháng, không có “" + phrase.quote(p, m.end()) + "”.");
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
        return m == null ? null : new Hit(new DayOfMonth(dayNumber(m.group(1)), null), m.end());
    }

    private Hit bare(int p, FixedPeriod previous) {
        if (previous.unit() == Unit.YEAR) {
            Matcher m = match(BARE_YEAR, p);
            return m == null ? null : new Hit(previous.sibling(Numerals.year(m.group(1)), null), m.end());
        }
        Matcher m = match(BARE, p);
        if (m == null) {
            return null;
        }
        int value = previous.unit() == Unit.MONTH ? monthNumber(m.group(1)) : quarterNumber(m.group(1));
        return new Hit(previous.sibling(value, Numerals.yearOrNull(m.group(2), m.group(3))), m.end());
    }

    private static int monthNumber(String token) {
        int month = Numerals.value(token);
        if (month < 1 || month > 12) {
            throw new ParseProblem("Tháng " + Numerals.shown(token) + " không tồn tại.");
        }
        return month;
    }

    private static int quarterNumber(String token) {
        int quarter = Numerals.value(token);
        if (quarter < 1 || quarter > 4) {
            throw new ParseProblem("Quý " + Numerals.shown(token) + " không tồn tại.");
        }
        return quarter;
    }

    private static int dayNumber(String digits) {
        int day = Integer.parseInt(digits);
        if (day < 1 || day > 31) {
            throw new ParseProblem("Không tháng nào có ngày " + day + ".");
        }
        return day;
    }

    /** The words from {@code p} up to the next connector or filler, quoted as the office wrote them. */
    private ParseProblem leftover(int p) {
        int end = p;
        int q = p;
        while (q < text.length()) {
            Matcher token = match(TOKEN, q);
            end = token.end();
            q = end;
            while (q < text.length() && text.charAt(q) == ' ') {
                q++;
            }
            if (q == text.length()) {
                break;
            }
            // A dash glued to the words ("năm học 2024-2025") is part of them; a spaced one separates.
            boolean gluedDash = q == end && (text.charAt(q) == '-' || text.charAt(q) == '+');
            if (!gluedDash && (match(CONNECTOR, q) != null || match(FILLER, q) != null)) {
                break;
            }
        }
        return new ParseProblem("Không hiểu cụm từ “" + phrase.quote(p, end) + "”.");
    }

    private Matcher match(Pattern pattern, int p) {
        // Transparent bounds let the look-arounds see past the region, anchoring lets "$" mean the text end.
        Matcher m = pattern.matcher(text).region(p, text.length()).useTransparentBounds(true);
        return m.lookingAt() ? m : null;
    }
}
