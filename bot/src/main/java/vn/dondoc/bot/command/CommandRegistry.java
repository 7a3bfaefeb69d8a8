package vn.dondoc.bot.command;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The bot's commands by every name, and the buttons by prefix; /help lists them in this order. */
final class CommandRegistry {

    private final List<BotCommand> commands = new ArrayList<>();
    private final Map<String, BotCommand> byName = new HashMap<>();
    private final Map<String, Buttons> byPrefix = new HashMap<>();
    private final List<Replies> replies = new ArrayList<>();

    CommandRegistry add(BotCommand command) {
        for (String name : command.names()) {
            if (byName.putIfAbsent(name, command) != null) {
                throw new IllegalStateException("two commands named /" + name);
            }
        }
        commands.add(command);
        if (command instanceof Buttons buttons) {
            addButtons(buttons);
        }
        if (command instanceof Replies asks) {
            replies.add(asks);
        }
        return this;
    }

    CommandRegistry addButtons(Buttons buttons) {
        for (String prefix : buttons.buttonPrefixes()) {
            if (byPrefix.putIfAbsent(prefix, buttons) != null) {
                throw new IllegalStateException("two owners of button prefix " + prefix);
            }
        }
        return this;
    }

    List<BotCommand> commands() {
        return List.copyOf(commands);
    }

    Optional<BotCommand> command(String name) {
        return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Every name, Vietnamese and English, as typed after the slash. */
    java.util.Set<String> names() {
        return java.util.Set.copyOf(byName.keySet());
    }

    List<Replies> replies() {
        return List.copyOf(replies);
    }

    Optional<Buttons> buttons(String prefix) {
        return Optional.ofNullable(byPrefix.get(prefix));
    }
}
