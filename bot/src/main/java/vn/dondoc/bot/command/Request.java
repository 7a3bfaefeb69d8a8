package vn.dondoc.bot.command;

import java.time.LocalDate;
import java.util.OptionalLong;
import vn.dondoc.bot.telegram.Incoming;
import vn.dondoc.bot.telegram.Keyboard;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.contact.Contact;
import vn.dondoc.scheduler.task.Caller;

/** One message or button press being answered: who sent it, the command's arguments, and how to answer. */
final class Request {

    private final Incoming incoming;
    private final Contact caller;
    private final String command;
    private final String canonical;
    private final String args;
    private final BotServices services;

    Request(Incoming incoming, Contact caller, String command, String canonical, String args, BotServices services) {
        this.incoming = incoming;
        this.caller = caller;
        this.command = command;
        this.canonical = canonical;
        this.args = args == null ? "" : args.strip();
        this.services = services;
    }

    Incoming incoming() {
        return incoming;
    }

    /** The linked contact of this chat, or null for a stranger. */
    Contact caller() {
        return caller;
    }

    /** As typed, without the slash: "xong" or "done". */
    String command() {
        return command;
    }

    String args() {
        return args;
    }

    BotServices services() {
        return services;
    }

    Texts texts() {
        return services.texts();
    }

    String text(String key, Object... args) {
        return services.texts().get(key, args);
    }

    LocalDate today() {
        return services.today();
    }

    /** The caller for the scheduler's actions; in a group, the history also names who typed or pressed. */
    Caller asCaller() {
        return Caller.of(caller, incoming.chatId(), incoming.privateChat() ? null : incoming.senderName());
    }

    void reply(String html) {
        reply(html, Keyboard.NONE);
    }

    void reply(String html, Keyboard keyboard) {
        services.outbox().send(incoming.chatId(), html, keyboard);
    }

    /** Replaces the message whose button was pressed. */
    void replaceMessage(String html, Keyboard keyboard) {
        services.outbox().edit(incoming.chatId(), incoming.messageId(), html, keyboard);
    }

    /**
     * The task number that starts the arguments, or empty when it is missing or not a number: then the
     * caller has been told how to write it. Whether the task exists and is theirs is the action's check.
     */
    OptionalLong taskNumber(String number) {
        if (number == null || number.isEmpty()) {
            reply(text("error.missingTask", command, text("example." + canonical())));
            return OptionalLong.empty();
        }
        OptionalLong parsed = Arguments.number(number);
        if (parsed.isEmpty()) {
            reply(text("error.badTaskNumber", Arguments.quote(number), command, text("example." + canonical())));
        }
        return parsed;
    }

    /** The command's own (first) name, for examples: "xong" even when typed as "done". */
    String canonical() {
        return canonical;
    }
}
