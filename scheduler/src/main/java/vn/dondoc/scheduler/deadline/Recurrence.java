package vn.dondoc.scheduler.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.TreeSet;
import vn.dondoc.scheduler.deadline.RecurringRule.EveryDays;
import vn.dondoc.scheduler.deadline.RecurringRule.EveryMonths;
import vn.dondoc.scheduler.deadline.RecurringRule.Monthly;
import vn.dondoc.scheduler.deadline.RecurringRule.Quarterly;
import vn.dondoc.scheduler.deadline.RecurringRule.Weekly;
import vn.dondoc.scheduler.deadline.RecurringRule.Yearly;

/**
 * The occurrences of a recurring duty: every one strictly after the issue date (a report due on the
 * signing day was not assigned by this document) up to and including 31/12 of the plan year.
 */
final class Recurrence {

    private final LocalDate first;
    private final LocalDate last;
    private final LocalDate issued;

    /**
     * @param onlyYear when the phrase names the year ("hằng quý năm 2025"), only that year's occurrences
     * @param fromYear when the phrase names a first year ("Tháng 12/2024 và các năm tiếp theo"), none before it
     */
    Recurrence(LocalDate issued, int planYear, Integer onlyYear, Integer fromYear) {
        this.issued = issued;
        LocalDate afterIssue = issued.plusDays(1);
        Integer startYear = onlyYear != null ? onlyYear : fromYear;
        LocalDate yearStart = startYear == null ? afterIssue : LocalDate.of(startYear, 1, 1);
        this.first = afterIssue.isAfter(yearStart) ? afterIssue : yearStart;
        this.last = LocalDate.of(onlyYear != null ? onlyYear : planYear, 12, 31);
    }

    Collection<LocalDate> of(Iterable<RecurringRule> rules) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (RecurringRule rule : rules) {
            add(rule, dates);
        }
        return dates;
    }

    private void add(RecurringRule rule, TreeSet<LocalDate> dates) {
        if (rule instanceof Monthly) {
            months(1, 0, ((Monthly) rule).day(), dates);
        } else if (rule instanceof Quarterly) {
            Quarterly quarterly = (Quarterly) rule;
            // Without a day, the quarter's last day. With one ("hằng quý trước ngày 18"), that day of the
            // quarter's LAST month: under Nghị định 09/2019/NĐ-CP a quarterly report's period closes mid-way
            // through the quarter's last month and the report is due later that month, not after the quarter.
            // "tháng đầu quý" says the first month instead.
            months(3, quarterly.firstMonth() ? 2 : 0, quarterly.day(), dates);
        } else if (rule instanceof Weekly) {
            DayOfWeek day = ((Weekly) rule).day() == null ? DayOfWeek.SUNDAY : ((Weekly) rule).day();
            for (LocalDate d = first.with(TemporalAdjusters.nextOrSame(day)); !d.isAfter(last); d = d.plusWeeks(1)) {
                dates.add(d);
            }
        } else if (rule instanceof Yearly) {
            FixedPeriod anchor = ((Yearly) rule).anchor();
            for (int year = first.getYear(); year <= last.getYear(); year++) {
                keep(anchor == null ? LocalDate.of(year, 12, 31) : anchor.end(year), dates);
            }
        } else if (rule instanceof EveryDays) {
            int days = ((EveryDays) rule).days();
            for (LocalDate d = issued.plusDays(days); !d.isAfter(last); d = d.plusDays(days)) {
                keep(d, dates);
            }
        } else {
            int months = ((EveryMonths) rule).months();
            if (12 % months == 0) {
                // "6 tháng/lần" means the half-year reports (30/6, 31/12), not six months after signing.
                months(months, 0, 0, dates);
            } else {
                for (int k = 1; !issued.plusMonths((long) k * months).isAfter(last); k++) {
                    keep(issued.plusMonths((long) k * months), dates);
                }
            }
        }
    }

    /**
     * The months {@code m} with {@code (m + offset) % step == 0}, on {@code day} clamped to the month's
     * length (29–31 in a short month means its last day), or on the last day when {@code day} is 0.
     */
    private void months(int step, int offset, int day, TreeSet<LocalDate> dates) {
        for (YearMonth month = YearMonth.from(first); !month.isAfter(YearMonth.from(last)); month = month.plusMonths(1)) {
            if ((month.getMonthValue() + offset) % step == 0) {
                keep(day == 0 ? month.atEndOfMonth() : month.atDay(Math.min(day, month.lengthOfMonth())), dates);
            }
        }
    }

    private void keep(LocalDate date, TreeSet<LocalDate> dates) {
        if (!date.isBefore(first) && !date.isAfter(last)) {
            dates.add(date);
        }
    }
}
