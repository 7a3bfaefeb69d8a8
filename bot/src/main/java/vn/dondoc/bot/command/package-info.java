/**
 * The bot's commands, one class each ({@code DoneCommand} is /xong, /done), with the buttons they put
 * under their replies. {@link vn.dondoc.bot.command.BotDispatcher} reads every message and press,
 * checks who may do what ({@code Access}: a stranger sees nothing; an agency its own tasks, and
 * reports only where it leads; the office and leaders everything) and answers bad input in one line.
 */
package vn.dondoc.bot.command;
