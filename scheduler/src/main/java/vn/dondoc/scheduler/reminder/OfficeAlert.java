package vn.dondoc.scheduler.reminder;

import java.time.Instant;

/** One office contact to tell which reminders of the run at {@code runAt} did not reach their people. */
public record OfficeAlert(long contactId, long chatId, Instant runAt, ReminderReport report) {
}
