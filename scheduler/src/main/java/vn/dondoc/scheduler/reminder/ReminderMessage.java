package vn.dondoc.scheduler.reminder;

import java.util.List;
import vn.dondoc.scheduler.contact.ContactRole;

/**
 * Everything due for one chat in one run: one message, its task reminders sorted by due date then item, then the
 * indicator figures it asks for.
 */
public record ReminderMessage(long contactId, long chatId, String contactName, ContactRole role, String agency,
                              List<Reminder> reminders, List<IndicatorReminder> indicators) {

    public ReminderMessage {
        reminders = List.copyOf(reminders);
        indicators = List.copyOf(indicators);
    }

    /** Tasks only. */
    public ReminderMessage(long contactId, long chatId, String contactName, ContactRole role, String agency,
                           List<Reminder> reminders) {
        this(contactId, chatId, contactName, role, agency, reminders, List.of());
    }
}
