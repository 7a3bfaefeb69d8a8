package vn.dondoc.scheduler.reminder;

import java.time.LocalDate;

/** One reminder point for one contact, as a delivery row holds it; {@code deliveryId} is 0 until written. */
record PlannedReminder(long deliveryId, long milestoneId, long taskId, long contactId, long chatId, ReminderKind kind,
                       int workingDays, LocalDate pointOn, boolean escalated) {

    Key key() {
        return new Key(milestoneId, contactId, kind, pointOn);
    }

    /** The delivery table's unique key: a point is planned once per contact, whatever became of it. */
    record Key(long milestoneId, long contactId, ReminderKind kind, LocalDate pointOn) {
    }
}
