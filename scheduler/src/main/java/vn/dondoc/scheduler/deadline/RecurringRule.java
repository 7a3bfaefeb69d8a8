package vn.dondoc.scheduler.deadline;

import java.time.DayOfWeek;

/** How a recurring duty repeats. A day of 0 or a null field means "not said": the period's end. */
sealed interface RecurringRule {

    /** Each month, on {@code day} (clamped to short months) or on its last day when 0. */
    record Monthly(int day) implements RecurringRule {
    }

    /** Each quarter, in its last month (or its first), on {@code day} or on that month's last day when 0. */
    record Quarterly(int day, boolean firstMonth) implements RecurringRule {
    }

    /** Each week on {@code day}; null means Sunday, the end of the week. */
    record Weekly(DayOfWeek day) implements RecurringRule {
    }

    /** Each year at the end of {@code anchor} (a yearless period or date); null means 31/12. */
    record Yearly(FixedPeriod anchor) implements RecurringRule {
    }

    /** Every N days counted from the issue date ("7 ngày/lần", "2 tuần/lần"). */
    record EveryDays(int days) implements RecurringRule {
    }

    /** Every N months ("6 tháng/lần"): calendar period ends when N divides 12, else counted from the issue date. */
    record EveryMonths(int months) implements RecurringRule {
    }
}
