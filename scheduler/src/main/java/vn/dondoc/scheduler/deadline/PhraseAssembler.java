package vn.dondoc.scheduler.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.dondoc.scheduler.calendar.TetHoliday;
import vn.dondoc.scheduler.calendar.WorkingCalendar;
import vn.dondoc.scheduler.deadline.PhraseScanner.Link;
import vn.dondoc.scheduler.deadline.PhraseScanner.Piece;
import vn.dondoc.scheduler.deadline.RecurringRule.Monthly;
import vn.dondoc.scheduler.deadline.RecurringRule.Quarterly;
import vn.dondoc.scheduler.deadline.RecurringRule.Weekly;
import vn.dondoc.scheduler.deadline.RecurringRule.Yearly;
import vn.dondoc.scheduler.deadline.Term.DayOfMonth;
import vn.dondoc.scheduler.deadline.Term.Event;
import vn.dondoc.scheduler.deadline.Term.Label;
import vn.dondoc.scheduler.deadline.Term.Open;
import vn.dondoc.scheduler.deadline.Term.Recurring;
import vn.dondoc.scheduler.deadline.Term.Relative;
import vn.dondoc.scheduler.deadline.Term.Tet;
import vn.dondoc.scheduler.deadline.Term.Weekday;
import vn.dondoc.scheduler.deadline.Term.YearsAfter;

/**
 * Turns scanned pieces into a {@link Deadline}, in steps that each refuse what they cannot explain:
 * <ol>
 *   <li>"từ X" needs a range end;</li>
 *   <li>labels ("(sơ kết)") go to the milestone beside them; an event stands alone or is not guessed;
 *       "và các năm tiếp theo" makes the period before it yearly;</li>
 *   <li>days and weekdays join the recurring duty next to them ("trước ngày 18 hằng tháng");</li>
 *   <li>links are checked: two dated terms side by side or one in brackets after another are not guessed;</li>
 *   <li>a year written on another item fills items without one ("tháng 11, 12/2024");</li>
 *   <li>dates are computed; a range keeps only its end, which must not precede its start, and a
 *       milestone read in the plan year must not precede the issue date.</li>
 * </ol>
 */
final class PhraseAssembler {

    /**
     * "ngay sau Tết" is the last day of the first working week after the Tết holiday: the 5th working day after it
     * ends. Offices spend that week on the year's opening meetings, and a task said to follow Tết at once is expected
     * within it (see the README, "Deadline phrases").
     */
    static final int WORKING_DAYS_AFTER_TET = 5;

    private final WorkingCalendar calendar;
    private final NormalizedPhrase phrase;
    private final LocalDate issued;
    private final int planYear;

    PhraseAssembler(WorkingCalendar calendar, NormalizedPhrase phrase, LocalDate issued, int planYear) {
        this.calendar = calendar;
        this.phrase = phrase;
        this.issued = issued;
        this.planYear = planYear;
    }

    Deadline assemble(List<Piece> scanned) {
        if (scanned.isEmpty()) {
            throw new ParseProblem(DeadlineError.NO_TIME, phrase.written());
        }
        List<Piece> pieces = new ArrayList<>(scanned);
        checkRangeStarts(pieces);
        placeLabels(pieces);
        Deadline event = event(pieces);
        if (event != null) {
            return event;
        }
        repeatInLaterYears(pieces);
        attachModifiers(pieces);
        checkLinks(pieces);
        inheritYears(pieces);
        return collect(pieces);
    }

    private static void checkRangeStarts(List<Piece> pieces) {
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i).opensRange()
                    && (!(pieces.get(i).term() instanceof FixedPeriod)
                    || i + 1 == pieces.size() || pieces.get(i + 1).link() != Link.RANGE)) {
                throw new ParseProblem(DeadlineError.START_ONLY);
            }
        }
    }

    /**
     * Puts each label on the milestone it names: a bracketed one on the term just before it ("30/6 (sơ kết)"), a
     * bare one on the term just after it ("tổng kết năm"), or else just before it. A label next to no dated term is
     * dropped, as the filler word it is; the term after it then joins the phrase as the label did.
     */
    private static void placeLabels(List<Piece> pieces) {
        for (int i = 0; i < pieces.size(); ) {
            Piece piece = pieces.get(i);
            if (!(piece.term() instanceof Label label)) {
                i++;
                continue;
            }
            pieces.remove(i);
            boolean toPrevious = i > 0 && piece.link() == Link.ADJACENT && carriesDate(pieces.get(i - 1));
            boolean nextJoined = i < pieces.size() && pieces.get(i).link() == Link.ADJACENT;
            boolean toNext = !label.afterTerm() && nextJoined && carriesDate(pieces.get(i));
            if (toNext) {
                pieces.set(i, pieces.get(i).withLabel(label.text()).withLink(piece.link()));
            } else if (toPrevious) {
                pieces.set(i - 1, pieces.get(i - 1).withLabel(label.text()));
            }
            if (!toNext && nextJoined) {
                pieces.set(i, pieces.get(i).withLink(piece.link()));
            }
        }
    }

    private static boolean carriesDate(Piece piece) {
        return piece.term() instanceof FixedPeriod || piece.term() instanceof Relative || piece.term() instanceof Tet;
    }

    /** An event alone is an EVENT deadline; beside a date or another term, which one counts is not guessed. */
    private Deadline event(List<Piece> pieces) {
        Piece event = pieces.stream().filter(p -> p.term() instanceof Event).findFirst().orElse(null);
        if (event == null) {
            return null;
        }
        String name = ((Event) event.term()).name();
        if (pieces.size() == 1) {
            return Deadline.event(name);
        }
        Piece other = pieces.stream().filter(p -> p != event).findFirst().orElseThrow();
        throw new ParseProblem(DeadlineError.EVENT_AND_TIME, quote(other), name);
    }

    /** "Tháng 12/2024 và các năm tiếp theo": the period, every year from its own (or the plan year). */
    private void repeatInLaterYears(List<Piece> pieces) {
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            if (!(piece.term() instanceof YearsAfter)) {
                continue;
            }
            Piece before = i > 0 ? pieces.get(i - 1) : null;
            if (before == null || !(before.term() instanceof FixedPeriod period)
                    || (piece.link() != Link.LIST && piece.link() != Link.ADJACENT)) {
                throw new ParseProblem(DeadlineError.MEANING_UNCLEAR, quote(piece));
            }
            int from = period.year() != null ? period.year() : planYear;
            Recurring yearly = new Recurring(List.of(new Yearly(period.withoutYear())), null, from);
            pieces.set(i - 1, new Piece(yearly, before.link(), false, before.start(), piece.end()));
            pieces.remove(i);
            i--;
        }
    }

    /**
     * Joins each day, weekday or yearless date to the recurring duty beside it. A day that fits both
     * neighbours, or neither, is not guessed; only "ngày 15 tháng cuối quý" can stand alone, as a
     * quarterly duty of its own.
     */
    private void attachModifiers(List<Piece> pieces) {
        for (int i = 0; i < pieces.size(); ) {
            Piece piece = pieces.get(i);
            Term modifier = piece.term();
            boolean candidate = modifier instanceof DayOfMonth || modifier instanceof Weekday
                    || (modifier instanceof FixedPeriod && ((FixedPeriod) modifier).year() == null);
            if (!candidate) {
                i++;
                continue;
            }
            boolean left = i > 0 && accepts(pieces.get(i - 1).term(), modifier, piece.link());
            boolean right = i + 1 < pieces.size() && accepts(pieces.get(i + 1).term(), modifier, pieces.get(i + 1).link());
            if (left && right) {
                // Written against one neighbour and separated from the other by a comma: the closer one.
                boolean leftClose = piece.link() != Link.LIST;
                boolean rightClose = pieces.get(i + 1).link() != Link.LIST;
                if (leftClose == rightClose) {
                    throw new ParseProblem(DeadlineError.WHICH_DUTY, quote(piece));
                }
                left = leftClose;
                right = rightClose;
            }
            if (left || right) {
                Piece target = pieces.get(left ? i - 1 : i + 1);
                Recurring joined = join((Recurring) target.term(), modifier, piece);
                Link link = left ? target.link() : piece.link();
                Piece merged = new Piece(joined, link, target.opensRange(),
                        Math.min(piece.start(), target.start()), Math.max(piece.end(), target.end()));
                pieces.set(left ? i - 1 : i + 1, merged);
                pieces.remove(i);
                continue;
            }
            if (modifier instanceof DayOfMonth && ((DayOfMonth) modifier).monthOfQuarter() != null) {
                DayOfMonth day = (DayOfMonth) modifier;
                Quarterly rule = new Quarterly(day.day(), day.monthOfQuarter() == DayOfMonth.MonthOfQuarter.FIRST);
                pieces.set(i, new Piece(new Recurring(List.of(rule), null), piece.link(), false, piece.start(), piece.end()));
            } else if (modifier instanceof DayOfMonth) {
                throw new ParseProblem(DeadlineError.WHICH_MONTH, quote(piece));
            } else if (modifier instanceof Weekday) {
                throw new ParseProblem(DeadlineError.WHICH_WEEK, quote(piece));
            }
            i++;
        }
    }

    private static boolean accepts(Term neighbour, Term modifier, Link link) {
        if (!(neighbour instanceof Recurring) || link == Link.RANGE) {
            return false;
        }
        List<RecurringRule> rules = ((Recurring) neighbour).rules();
        if (modifier instanceof DayOfMonth && ((DayOfMonth) modifier).monthOfQuarter() != null) {
            return rules.contains(new Quarterly(0, false));
        }
        if (modifier instanceof DayOfMonth) {
            return rules.contains(new Monthly(0)) || rules.contains(new Quarterly(0, false));
        }
        if (modifier instanceof Weekday) {
            return rules.contains(new Weekly(null));
        }
        // "trước ngày 15/12 hằng năm", "hằng năm (tháng 12)": only when written together, not as a list item.
        return (link == Link.ADJACENT || link == Link.ASIDE) && rules.equals(List.of(new Yearly(null)));
    }

    private Recurring join(Recurring recurring, Term modifier, Piece modifierPiece) {
        List<RecurringRule> rules = new ArrayList<>();
        for (RecurringRule rule : recurring.rules()) {
            rules.add(joinRule(rule, modifier, modifierPiece));
        }
        return new Recurring(rules, recurring.year());
    }

    private RecurringRule joinRule(RecurringRule rule, Term modifier, Piece modifierPiece) {
        if (modifier instanceof FixedPeriod) {
            return new Yearly((FixedPeriod) modifier);
        }
        if (modifier instanceof Weekday) {
            if (!(rule instanceof Weekly)) {
                throw new ParseProblem(DeadlineError.WHICH_PERIOD, quote(modifierPiece));
            }
            return new Weekly(((Weekday) modifier).day());
        }
        DayOfMonth day = (DayOfMonth) modifier;
        if (day.monthOfQuarter() != null) {
            // Only the quarterly part moves ("hằng tháng, quý, trước ngày 15 tháng cuối quý").
            boolean quarterly = rule.equals(new Quarterly(0, false));
            return quarterly ? new Quarterly(day.day(), day.monthOfQuarter() == DayOfMonth.MonthOfQuarter.FIRST) : rule;
        }
        // A plain day cannot be told apart for a yearly or weekly part of the same duty.
        if (rule.equals(new Monthly(0))) {
            return new Monthly(day.day());
        }
        if (rule.equals(new Quarterly(0, false))) {
            return new Quarterly(day.day(), false);
        }
        throw new ParseProblem(DeadlineError.WHICH_PERIOD, quote(modifierPiece));
    }

    private void checkLinks(List<Piece> pieces) {
        // "Khi có yêu cầu (trong 10 ngày)": the days run from the request, not from the issue date.
        boolean condition = pieces.stream().anyMatch(piece -> piece.term() instanceof Open);
        for (Piece piece : pieces) {
            if (condition && piece.term() instanceof Relative && !((Relative) piece.term()).baseWritten()) {
                throw new ParseProblem(DeadlineError.WHICH_BASE, quote(piece));
            }
        }
        for (int i = 1; i < pieces.size(); i++) {
            Piece before = pieces.get(i - 1);
            Piece piece = pieces.get(i);
            boolean open = before.term() instanceof Open || piece.term() instanceof Open;
            switch (piece.link()) {
                case ADJACENT:
                    throw new ParseProblem(DeadlineError.MEANING_UNCLEAR, phrase.quote(before.start(), piece.end()));
                case ASIDE:
                    if (!open) {
                        throw new ParseProblem(DeadlineError.ASIDE_UNCLEAR, quote(piece), quote(before));
                    }
                    break;
                case LIST:
                    // "ngày 15 tháng 6 và tháng 12" most likely means 15/12 as well, not 31/12.
                    if (isDate(before.term()) && isWholeMonth(piece.term())) {
                        throw new ParseProblem(DeadlineError.MONTH_OR_DAY, quote(piece), quote(before));
                    }
                    break;
                case RANGE:
                    if (!(before.term() instanceof FixedPeriod) || !(piece.term() instanceof FixedPeriod)) {
                        throw new ParseProblem(DeadlineError.RANGE_NOT_UNDERSTOOD, phrase.quote(before.start(), piece.end()));
                    }
                    break;
                default:
                    break;
            }
        }
    }

    private static boolean isDate(Term term) {
        return term instanceof FixedPeriod && ((FixedPeriod) term).unit() == FixedPeriod.Unit.DATE;
    }

    private static boolean isWholeMonth(Term term) {
        return term instanceof FixedPeriod && ((FixedPeriod) term).unit() == FixedPeriod.Unit.MONTH
                && ((FixedPeriod) term).part() == FixedPeriod.Part.LATE;
    }

    /**
     * Settles the year of items written without one. A year written on a later item applies first
     * ("tháng 11, 12/2024", "quý III, IV năm 2025", "tháng 10-12/2024"); failing that, the nearest earlier
     * one ("tháng 11/2025, 12"): the phrase named its year. Offices write lists in time order, so when a
     * borrowed year would put an item after its later source (or before its earlier one), as in
     * "tháng 12/2024, tháng 1", the year is ambiguous and not guessed. The plan year fills the rest.
     */
    private void inheritYears(List<Piece> pieces) {
        Piece source = null;
        for (int i = pieces.size() - 1; i >= 0; i--) {
            source = lendYear(pieces, i, source, true);
        }
        source = null;
        for (int i = 0; i < pieces.size(); i++) {
            source = lendYear(pieces, i, source, false);
        }
    }

    /** Gives piece {@code i} the year of {@code source} if it has none; returns the next source. */
    private Piece lendYear(List<Piece> pieces, int i, Piece source, boolean sourceIsLater) {
        Piece piece = pieces.get(i);
        if (!(piece.term() instanceof FixedPeriod)) {
            return source;
        }
        FixedPeriod period = (FixedPeriod) piece.term();
        if (period.year() != null) {
            return piece;
        }
        if (source == null) {
            return null;
        }
        FixedPeriod lender = (FixedPeriod) source.term();
        FixedPeriod borrowed = period.withYear(lender.year());
        LocalDate mine = borrowed.end(lender.year());
        LocalDate theirs = lender.end(lender.year());
        if (sourceIsLater ? mine.isAfter(theirs) : mine.isBefore(theirs)) {
            throw new ParseProblem(DeadlineError.WHICH_YEAR, quote(piece));
        }
        Piece settled = new Piece(borrowed, piece.link(), piece.opensRange(), piece.start(), piece.end());
        pieces.set(i, settled);
        return settled;
    }

    private Deadline collect(List<Piece> pieces) {
        List<LocalDate> dates = new ArrayList<>();
        Map<LocalDate, String> labels = new TreeMap<>();
        boolean recurring = false;
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            Term term = piece.term();
            if (term instanceof FixedPeriod) {
                LocalDate end = ((FixedPeriod) term).end(planYear);
                boolean rangeGoesOn = i + 1 < pieces.size() && pieces.get(i + 1).link() == Link.RANGE;
                if (!rangeGoesOn && ((FixedPeriod) term).year() == null) {
                    checkNotBeforeIssue(piece, end);
                }
                if (piece.link() == Link.RANGE) {
                    // A range is one milestone: the end of its last period ("Tháng 1-2" → end of February).
                    LocalDate start = dates.remove(dates.size() - 1);
                    labels.remove(start);
                    if (end.isBefore(start)) {
                        throw new ParseProblem(DeadlineError.RANGE_BACKWARDS, phrase.quote(pieces.get(i - 1).start(), piece.end()));
                    }
                }
                dates.add(end);
            } else if (term instanceof Relative) {
                dates.add(relative((Relative) term));
            } else if (term instanceof Tet) {
                dates.add(tet(piece, (Tet) term));
            } else if (term instanceof Recurring) {
                recurring = true;
                Recurring duty = (Recurring) term;
                dates.addAll(new Recurrence(requireIssued(), planYear, duty.year(), duty.fromYear()).of(duty.rules()));
            }
            if (piece.label() != null && !dates.isEmpty() && !(term instanceof Recurring)) {
                labels.put(dates.get(dates.size() - 1), piece.label());
            }
        }
        TreeSet<LocalDate> distinct = new TreeSet<>(dates);
        if (distinct.isEmpty()) {
            if (recurring) {
                throw new ParseProblem(DeadlineError.NOTHING_LEFT, lastYear(pieces));
            }
            return Deadline.none(); // only "Khi có đề xuất", "Thường xuyên"...
        }
        DeadlineKind kind = recurring ? DeadlineKind.RECURRING
                : distinct.size() == 1 ? DeadlineKind.FIXED : DeadlineKind.MULTIPLE;
        return new Deadline(kind, new ArrayList<>(distinct), null, labels, null);
    }

    /**
     * The last working day before the Tết holiday, or {@link #WORKING_DAYS_AFTER_TET} working days after it ends.
     * A year named in the cycle is the one nearest the issue date (or the plan year); with none, the first Tết after
     * the issue date.
     */
    private LocalDate tet(Piece piece, Tet tet) {
        int year;
        if (tet.lunarYear() != null) {
            year = tet.lunarYear();
        } else if (tet.cycle() != null) {
            int base = issued != null ? issued.getYear() : planYear;
            year = base - 30;
            while (Math.floorMod(year - 4, 60) != tet.cycle()) {
                year++;
            }
        } else {
            year = TetHoliday.firstAfter(requireIssued());
        }
        TetHoliday holiday = TetHoliday.of(calendar, year);
        LocalDate date = tet.side() == Tet.Side.BEFORE
                ? calendar.minusWorkingDays(holiday.first(), 1)
                : calendar.plusWorkingDays(holiday.last(), WORKING_DAYS_AFTER_TET);
        if (issued != null && date.isBefore(issued)) {
            throw new ParseProblem(DeadlineError.BEFORE_ISSUE, quote(piece), year, issued);
        }
        return date;
    }

    /**
     * A period read in the plan year, not a written one, that ended before the document was issued
     * ("trước ngày 15/01" issued 18/01/2024) was most likely meant for another year: not guessed.
     */
    private void checkNotBeforeIssue(Piece piece, LocalDate end) {
        if (issued != null && end.isBefore(issued)) {
            throw new ParseProblem(DeadlineError.BEFORE_ISSUE, quote(piece), planYear, issued);
        }
    }

    private int lastYear(List<Piece> pieces) {
        for (Piece piece : pieces) {
            if (piece.term() instanceof Recurring && ((Recurring) piece.term()).year() != null) {
                return ((Recurring) piece.term()).year();
            }
        }
        return planYear;
    }

    private LocalDate relative(Relative relative) {
        LocalDate from = requireIssued();
        int n = relative.amount();
        switch (relative.step()) {
            case WORKING_DAYS:
                return calendar.plusWorkingDays(from, n); // the issue date itself is not counted
            case DAYS:
                return from.plusDays(n);
            case WEEKS:
                return from.plusWeeks(n);
            case MONTHS:
                return from.plusMonths(n);
            default:
                return from.plusYears(n);
        }
    }

    private LocalDate requireIssued() {
        if (issued == null) {
            throw new ParseProblem(DeadlineError.NO_ISSUE_DATE);
        }
        return issued;
    }

    private String quote(Piece piece) {
        return phrase.quote(piece.start(), piece.end());
    }
}
