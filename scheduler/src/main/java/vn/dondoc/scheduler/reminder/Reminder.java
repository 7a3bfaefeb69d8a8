package vn.dondoc.scheduler.reminder;

import java.time.LocalDate;
import java.util.List;

/**
 * One reminder about one milestone, as a message shows it: everything the bot needs to write it.
 *
 * @param deliveryId   the register's delivery row (0 in a dry run of a reminder not yet planned)
 * @param due          the due date in force (after approved extensions); null for a check-in
 * @param originalDue  the date the document gave; differs from {@code due} after an extension
 * @param workingDays  N before (BEFORE), K after (OVERDUE), 0 otherwise
 * @param pointOn      the day this reminder was for (earlier than today when it is a catch-up)
 * @param escalated    the recipient gets it as an escalation (head, office, leader in charge), not as the lead's contact
 */
public record Reminder(long deliveryId, long taskId, long milestoneId, String source, String item, String title,
                       List<String> lead, String deadlineText, LocalDate due, LocalDate originalDue,
                       ReminderKind kind, int workingDays, LocalDate pointOn, boolean escalated) {

    public Reminder {
        lead = List.copyOf(lead);
    }

    public boolean extended() {
        return due != null && originalDue != null && !due.equals(originalDue);
    }
}
