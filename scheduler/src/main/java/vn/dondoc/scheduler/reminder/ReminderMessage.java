package vn.dondoc.scheduler.reminder;

import java.util.List;
import vn.dondoc.scheduler.contact.ContactRole;

/** Everything due for one chat in one run: one message, its reminders sorted by due date then item. */
public record ReminderMessage(long contactId, long chatId, String contactName, ContactRole role, String agency,
                              List<Reminder> reminders) {

    public ReminderMessage {
        reminders = List.copyOf(reminders);
    }
}
