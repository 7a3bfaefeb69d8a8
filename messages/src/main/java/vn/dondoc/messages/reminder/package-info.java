/**
 * A reminder message ({@link vn.dondoc.messages.reminder.ReminderText}) and the office's alert after a pass
 * ({@link vn.dondoc.messages.reminder.OfficeAlertText}).
 */
package vn.dondoc.messages.reminder;
