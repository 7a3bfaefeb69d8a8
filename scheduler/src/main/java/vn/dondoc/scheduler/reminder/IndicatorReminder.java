package vn.dondoc.scheduler.reminder;

import java.time.LocalDate;
import java.util.List;
import vn.dondoc.scheduler.indicator.Period;

/**
 * One request for an indicator's figure, as a message shows it.
 *
 * @param deliveryId  the register's indicator_delivery row (0 in a dry run of one not yet planned)
 * @param kind        DUE on the period's end (the last working day on or before it), OVERDUE K working days after
 * @param workingDays K after the period's end (OVERDUE), 0 otherwise
 * @param escalated   the recipient gets it as an escalation (head, office, leader in charge)
 */
public record IndicatorReminder(long deliveryId, long indicatorId, Period period, String source, String item, String name,
                                String unit, String target, LocalDate periodEnd, List<String> agencies,
                                ReminderKind kind, int workingDays, LocalDate pointOn, boolean escalated) {

    public IndicatorReminder {
        agencies = List.copyOf(agencies);
    }
}
