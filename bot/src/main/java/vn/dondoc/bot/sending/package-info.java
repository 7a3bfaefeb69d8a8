/**
 * Getting messages out within Telegram's limits: pacing ({@link vn.dondoc.bot.sending.Pacer}) and
 * retries ({@link vn.dondoc.bot.sending.SendAttempts}), shared by everything dondoc sends on its own.
 * Independent of the Telegram client, which maps its errors to {@link vn.dondoc.bot.sending.SendFailure}
 * in one place.
 */
package vn.dondoc.bot.sending;
