/**
 * The bot's side of the reminder pass ({@code scheduler/reminder/ReminderPass}): the channels it calls.
 * {@link vn.dondoc.bot.reminder.TelegramReminderChannel} sends each message with its buttons,
 * {@link vn.dondoc.bot.reminder.TelegramOfficeAlertChannel} the office's alert, and
 * {@link vn.dondoc.bot.reminder.ConsoleReminderChannel} prints without a token. The words are in
 * {@code messages/reminder}.
 */
package vn.dondoc.bot.reminder;
