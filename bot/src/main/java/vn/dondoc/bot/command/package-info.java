/**
 * The bot's commands, one class each ({@code DoneCommand} is /xong, /done; {@code ExtendCommand} is /giahan,
 * /extend), with the buttons they put under their replies. {@link vn.dondoc.bot.command.BotDispatcher} reads
 * every message and press and answers bad input in one line; a command parses, calls one use case of
 * {@code scheduler/task} (which checks who may do what and owns the transaction) and renders the result.
 */
package vn.dondoc.bot.command;
