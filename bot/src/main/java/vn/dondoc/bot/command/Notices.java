package vn.dondoc.bot.command;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dondoc.bot.telegram.Keyboard;
import vn.dondoc.bot.telegram.TelegramFailure;
import vn.dondoc.messages.Formats;
import vn.dondoc.messages.Html;
import vn.dondoc.scheduler.contact.Contact;
import vn.dondoc.scheduler.task.ExtensionDecided;
import vn.dondoc.scheduler.task.ExtensionRequest;
import vn.dondoc.scheduler.task.ExtensionRequested;
import vn.dondoc.scheduler.text.LogValue;

/**
 * Messages the bot sends on its own after someone acted: an extension request to the office and
 * the leaders in charge, the decision back to whoever asked and to the others who could have decided.
 * A chat that cannot be reached is logged and skipped, so one blocked leader does not stop the others from hearing.
 */
final class Notices {

    private static final Logger log = LoggerFactory.getLogger(Notices.class);

    private final BotServices services;

    Notices(BotServices services) {
        this.services = services;
    }

    void extensionRequested(ExtensionRequested requested, Contact requester) {
        ExtensionRequest extension = requested.extension();
        String html = services.texts().get("notice.extensionRequested", extension.id(),
                Html.escape(requester.name()), Html.escape(requester.agency() == null ? "" : requester.agency()),
                extension.taskId(), Html.escape(services.texts().get("task.item", extension.source(), extension.item())),
                Html.escape(TaskViews.shorten(extension.title(), TaskViews.TITLE_LIMIT)),
                Formats.date(extension.dueBefore()), Formats.date(extension.requestedDue()), Html.escape(extension.reason()));
        Keyboard decide = Keyboard.row(
                new Keyboard.Button(services.texts().get("button.approve"), "a:" + extension.id()),
                new Keyboard.Button(services.texts().get("button.reject"), "r:" + extension.id()));
        for (Contact decider : requested.deciders()) {
            send(decider, html, decide);
        }
    }

    /** The requester hears the decision and its reason; the other deciders hear who decided, so nobody decides twice. */
    void extensionDecided(ExtensionDecided decided, Contact decider) {
        ExtensionRequest extension = decided.extension();
        String reason = decided.reason() == null ? "" : "\n" + services.texts().get("decide.reason", Html.escape(decided.reason()));
        decided.requester().ifPresent(requester -> send(requester,
                services.texts().get(decided.approved() ? "notice.extensionApproved" : "notice.extensionRejected",
                        extension.id(), extension.taskId(), Formats.date(extension.requestedDue()), Html.escape(decider.name()),
                        Formats.date(extension.dueBefore())) + reason,
                Keyboard.NONE));
        String others = decided.approved()
                ? services.texts().get("notice.othersApproved", extension.id(), extension.taskId(), Html.escape(decider.name()),
                        Formats.date(extension.requestedDue()))
                : decided.reason() == null
                        ? services.texts().get("notice.othersRejected", extension.id(), extension.taskId(), Html.escape(decider.name()))
                        : services.texts().get("notice.othersRejectedBecause", extension.id(), extension.taskId(),
                                Html.escape(decider.name()), Html.escape(decided.reason()));
        for (Contact other : decided.otherDeciders()) {
            if (other.chatId() != null) {
                send(other, others, Keyboard.NONE);
            }
        }
    }

    private void send(Contact to, String html, Keyboard keyboard) {
        try {
            services.outbox().send(to.chatId(), html, keyboard);
        } catch (TelegramFailure e) {
            log.warn("Notice to contact {} (chat {}) not delivered: {} {}", to.id(), to.chatId(), e.errorCode(), LogValue.of(e.getMessage()));
            if (e.isBlocked()) {
                services.contacts().blocked(to.id());
            }
        }
    }
}
