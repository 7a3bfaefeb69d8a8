/**
 * The Telegram transport on telegrambots 10.2: long polling and sending at TELEGRAM_API_URL, on
 * threads we own and stop, with the token kept out of every log line. Without a token the
 * {@link vn.dondoc.bot.telegram.ConsoleOutbox} prints what would be sent. Before the dispatcher,
 * {@link vn.dondoc.bot.telegram.FloodControl} limits what one chat may cost (per-chat queues served in turn,
 * repeats dropped, a budget per chat, strangers answered once a minute; settings in FloodSettings).
 */
package vn.dondoc.bot.telegram;
