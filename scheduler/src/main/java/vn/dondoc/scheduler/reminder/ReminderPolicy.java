package vn.dondoc.scheduler.reminder;

import java.time.LocalTime;
import java.util.List;

/**
 * When reminders go out. Every number is the office's to change; {@link #defaults()} is PRODUCT.md's
 * policy. Working days are those of the office calendar; times are in the office zone.
 *
 * @param daysBefore            countdown reminders, in working days before the due date, strictly descending
 * @param sendAt                the local time from which a day's reminders may be sent
 * @param overdueEvery          while overdue, a reminder every this many working days
 * @param escalateToHeadAfter   overdue this many working days: the agency head too
 * @param escalateToOfficeAfter overdue this many working days: the office and the leader in charge too
 * @param checkInEveryMonths    tasks without a fixed deadline: a check-in every this many months from issue
 */
public record ReminderPolicy(List<Integer> daysBefore, LocalTime sendAt, int overdueEvery,
                             int escalateToHeadAfter, int escalateToOfficeAfter, int checkInEveryMonths) {

    public ReminderPolicy {
        daysBefore = List.copyOf(daysBefore);
        if (sendAt == null) {
            throw new IllegalArgumentException("sendAt is required");
        }
        for (int i = 0; i < daysBefore.size(); i++) {
            if (daysBefore.get(i) < 1) {
                throw new IllegalArgumentException("daysBefore must be positive: " + daysBefore);
            }
            if (i > 0 && daysBefore.get(i) >= daysBefore.get(i - 1)) {
                throw new IllegalArgumentException("daysBefore must be strictly descending: " + daysBefore);
            }
        }
        positive("overdueEvery", overdueEvery);
        positive("escalateToHeadAfter", escalateToHeadAfter);
        positive("escalateToOfficeAfter", escalateToOfficeAfter);
        positive("checkInEveryMonths", checkInEveryMonths);
        if (escalateToOfficeAfter < escalateToHeadAfter) {
            throw new IllegalArgumentException("the office is told after the head, not before: "
                    + escalateToOfficeAfter + " < " + escalateToHeadAfter);
        }
    }

    /** 7, 3 and 1 working days before, on the due day, at 08:00; overdue every 3; head at 5, office at 10; monthly check-in. */
    public static ReminderPolicy defaults() {
        return new ReminderPolicy(List.of(7, 3, 1), LocalTime.of(8, 0), 3, 5, 10, 1);
    }

    /** Whether an overdue reminder is due {@code k} working days after the due date. */
    boolean isOverduePoint(int k) {
        return k > 0 && (k % overdueEvery == 0 || k == escalateToHeadAfter || k == escalateToOfficeAfter);
    }

    /** The latest overdue point at most {@code workingDaysLate} working days after the due date; 0 if none yet. */
    int latestOverduePoint(int workingDaysLate) {
        for (int k = workingDaysLate; k > 0; k--) {
            if (isOverduePoint(k)) {
                return k;
            }
        }
        return 0;
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
