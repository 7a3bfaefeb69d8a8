package vn.dondoc.scheduler.deadline;

import java.time.DayOfWeek;
import java.util.List;

/** One recognised piece of a deadline phrase, before years are settled and dates computed. */
sealed interface Term permits FixedPeriod, Term.Open, Term.Relative, Term.Recurring, Term.DayOfMonth, Term.Weekday {

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
     * @param year when written ("hằng quý năm 2025"), only that year's occurrences count
     */
    record Recurring(List<RecurringRule> rules, Integer year) implements Term {

        public Recurring {
            rules = List.copyOf(rules);
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
}
