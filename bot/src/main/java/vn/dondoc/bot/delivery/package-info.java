/**
 * Getting messages out within Telegram's limits: pacing ({@link vn.dondoc.bot.delivery.Pacer}),
 * retries ({@link vn.dondoc.bot.delivery.SendAttempts}), and the Vietnamese text of a reminder
 * message ({@link vn.dondoc.bot.delivery.ReminderText}). Independent of the Telegram client, which maps
 * its errors to {@link vn.dondoc.bot.delivery.SendFailure} in one place.
 */
package vn.dondoc.bot.delivery;
