package vn.dondoc.bot.command;

import java.util.List;

/**
 * One bot command: its names (Vietnamese first, then the English alias), who may use it, the
 * line /help shows, and what it does. Commands that put buttons under their replies also handle
 * the presses of those buttons ({@link Buttons}).
 */
interface BotCommand {

    /** Without the slash, lower case; the first is the Vietnamese name shown in /help. */
    List<String> names();

    Access access();

    /** Key of the /help line in the bot texts: {@code help.<first name>}. */
    default String helpKey() {
        return "help." + names().get(0);
    }

    void run(Request request);
}
