package vn.dondoc.scheduler.reminder;

import java.time.LocalDate;
import java.util.List;
import vn.dondoc.scheduler.calendar.DueStanding;

/**
 * One reminder about one milestone, as a message shows it: everything the bot needs to write it.
 *
 * @param deliveryId   the register's delivery row (0 in a dry run of a reminder not yet planned)
 * @param due          the due date in force (after approved extensions); null for a check-in
 * @param originalDue  the date the document gave; differs from {@code due} after an extension
 * @param pointDays    which point of the policy this is: N before (BEFORE), K after (OVERDUE), 0 otherwise. It is
 *                     not what the message says: a reminder caught up on a later day is read on that day
 * @param pointOn      the day this reminder was for (earlier than today when it is a catch-up)
 * @param escalated    the recipient gets it as an escalation (head, office, leader in charge), not as the lead's contact
 * @param standing     days left or overdue on the day the message is sent, in working days; null for a check-in
 */
public record Reminder(long deliveryId, long taskId, long milestoneId, String source, String item, String title,
                       List<String> lead, String deadlineText, LocalDate due, LocalDate originalDue,
                       ReminderKind kind, int pointDays, LocalDate pointOn, boolean escalated,
                       DueStanding standing) {

    public Reminder {
        lead = List.copyOf(lead);
    }

    public boolean extended() {
        return due != null && originalDue != null && !due.equals(originalDue);
    }
}
