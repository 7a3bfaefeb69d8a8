/**
 * Reminders: what is due to whom and when ({@link vn.dondoc.scheduler.reminder.ReminderPlanner}, where the 7/3/1
 * working-day offsets, the overdue cadence and the escalations of {@link vn.dondoc.scheduler.reminder.ReminderPolicy}
 * are applied), one pass that records and sends them ({@link vn.dondoc.scheduler.reminder.ReminderRun},
 * {@link vn.dondoc.scheduler.reminder.ReminderPass}), the office's alert, and mutes.
 */
package vn.dondoc.scheduler.reminder;
