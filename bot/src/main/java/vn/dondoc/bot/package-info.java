/**
 * The bot module: Telegram, the command line and the one Spring Boot application that wires everything
 * ({@link vn.dondoc.bot.DondocApplication}, started by {@link vn.dondoc.bot.ApplicationStarter} lazily for a
 * command, fully for {@code run}). Commands and bot messages parse, call one use case of the scheduler, and
 * render its result with the messages module. The only module that knows Telegram.
 */
package vn.dondoc.bot;
