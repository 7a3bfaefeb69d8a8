package vn.dondoc.scheduler.deadline;

import java.time.DayOfWeek;
import java.util.List;

/** One recognised piece of a deadline phrase, before years are settled and dates computed. */
sealed interface Term permits FixedPeriod, Term.Open, Term.Relative, Term.Recurring, Term.DayOfMonth, Term.Weekday,
        Term.Tet, Term.Event, Term.Label, Term.YearsAfter {

    /** "Khi có đề xuất", "Thường xuyên": deliberately no date. */
    record Open() implements Term {
    }

    /**
     * "trong 10 ngày (kể từ ngày ký)": counted from the issue date.
     *
     * @param baseWritten whether "kể từ ngày ký" (or the like) was written, rather than assumed
     */
    record Relative(int amount, Step step, boolean baseWritten) implements Term {

        enum Step { DAYS, WORKING_DAYS, WEEKS, MONTHS, YEARS }
    }

    /**
     * "hằng tháng", "hằng quý, năm", "7 ngày/lần".
     *
     * @param year     when written ("hằng quý năm 2025"), only that year's occurrences count
     * @param fromYear when written ("Tháng 12/2024 và các năm tiếp theo"), no occurrence before that year
     */
    record Recurring(List<RecurringRule> rules, Integer year, Integer fromYear) implements Term {

        public Recurring {
            rules = List.copyOf(rules);
        }

        Recurring(List<RecurringRule> rules, Integer year) {
            this(rules, year, null);
        }
    }

    /**
     * "ngày 18" or "ngày 15 tháng cuối quý": a day that only makes sense next to a monthly or quarterly
     * duty ("trước ngày 18 hằng tháng").
     *
     * @param day            1–31, or 0 for the last day of the month ("tháng đầu quý" without a day)
     * @param monthOfQuarter null for a plain "ngày D"
     */
    record DayOfMonth(int day, MonthOfQuarter monthOfQuarter) implements Term {

        enum MonthOfQuarter { FIRST, LAST }
    }

    /** "thứ Hai", "Chủ nhật": only makes sense next to a weekly duty. */
    record Weekday(DayOfWeek day) implements Term {
    }

    /**
     * "trước Tết Nguyên đán", "ngay sau Tết Giáp Thìn": a day next to the Tết holiday as the calendar knows it.
     *
     * @param lunarYear the Gregorian year of the Tết when written in digits ("Tết 2025"), else null
     * @param cycle     the place in the 60-year cycle when named ("Giáp Thìn"), else null; with neither, the first
     *                  Tết after the issue date
     */
    record Tet(Integer lunarYear, Integer cycle, Side side) implements Term {

        enum Side { BEFORE, SOON_AFTER }
    }

    /** "trước kỳ họp HĐND tỉnh cuối năm": an event without a date, named as written. */
    record Event(String name) implements Term {
    }

    /**
     * "(sơ kết)" after a date, or "tổng kết" before a period: what the document calls that milestone.
     *
     * @param text      as written
     * @param afterTerm written after the milestone it names (in brackets), rather than before it
     */
    record Label(String text, boolean afterTerm) implements Term {
    }

    /** "và các năm tiếp theo": the period before it repeats in every later year. */
    record YearsAfter() implements Term {
    }
}
