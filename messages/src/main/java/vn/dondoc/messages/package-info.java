/**
 * The messages module: every sentence dondoc says, Vietnamese first and English second, with the
 * formatting of dates and numbers, errors by code ({@link vn.dondoc.messages.Texts#error}), and the
 * renderings of the scheduler's records next to the texts they use: a reminder message
 * ({@code reminder/ReminderText}), the office's alert, the weekly digest's text, chart and workbook
 * ({@code digest/}). It knows nothing of Telegram or the bot.
 */
package vn.dondoc.messages;
