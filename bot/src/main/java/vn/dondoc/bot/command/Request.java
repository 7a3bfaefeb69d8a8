package vn.dondoc.bot.command;

import java.time.LocalDate;
import java.util.Optional;
import vn.dondoc.bot.telegram.Incoming;
import vn.dondoc.bot.telegram.Keyboard;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.contact.Contact;
import vn.dondoc.scheduler.task.Actor;
import vn.dondoc.scheduler.task.TaskAgencies;

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

    /** For the history: the contact, and in a group also the person who pressed or typed. */
    Actor actor() {
        String name = caller.name();
        if (caller.agency() != null) {
            name += " (" + caller.agency() + ")";
        }
        if (!incoming.privateChat() && incoming.senderName() != null) {
            name += " — " + incoming.senderName();
        }
        return new Actor(name, caller.id(), incoming.chatId());
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
     * The task number that starts the arguments, checked: it exists and the caller may see it (or,
     * with {@code toReport}, report on it). Otherwise the caller has been told why, and this is empty.
     */
    Optional<TaskAgencies> task(String number, boolean toReport) {
        if (number == null || number.isEmpty()) {
            reply(text("error.missingTask", command, text("example." + canonical())));
            return Optional.empty();
        }
        java.util.OptionalLong parsed = Arguments.number(number);
        if (parsed.isEmpty()) {
            reply(text("error.badTaskNumber", Arguments.quote(number), command, text("example." + canonical())));
            return Optional.empty();
        }
        long id = parsed.getAsLong();
        Optional<TaskAgencies> task = services.tasks().agencies(id);
        if (task.isEmpty()) {
            reply(text("error.noSuchTask", id));
            return Optional.empty();
        }
        if (!Access.canSee(caller, task.get())) {
            reply(text("error.notYourAgency", id, vn.dondoc.messages.Html.escape(caller.agency())));
            return Optional.empty();
        }
        if (toReport && !Access.canReport(caller, task.get())) {
            reply(text("error.notLead", id));
            return Optional.empty();
        }
        return task;
    }

    /** The command's own (first) name, for examples: "xong" even when typed as "done". */
    String canonical() {
        return canonical;
    }
}
