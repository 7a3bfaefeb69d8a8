package vn.dondoc.bot.command;

import java.util.List;

/**
 * A command that owns some buttons. Callback data is {@code prefix:arg:arg}, short because Telegram
 * allows 64 bytes; the prefixes of all commands are distinct.
 */
interface Buttons {

    List<String> buttonPrefixes();

    void press(Request request, String prefix, List<String> args);
}
