package vn.dondoc.bot.command;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dondoc.messages.Html;
import vn.dondoc.scheduler.contact.Contact;
import vn.dondoc.scheduler.contact.LinkResult;

/**
 * /start MÃ: links this chat (private or group) to the contact the invite was made for. The deep
 * link t.me/&lt;bot&gt;?start=MÃ sends exactly this when the person presses Start.
 */
final class StartCommand implements BotCommand {

    private static final Logger log = LoggerFactory.getLogger(StartCommand.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    @Override
    public List<String> names() {
        return List.of("start", "batdau");
    }

    @Override
    public Access access() {
        return Access.ANYONE;
    }

    @Override
    public void run(Request request) {
        String code = Arguments.first(request.args());
        if (code.isEmpty()) {
            request.reply(request.caller() == null ? request.text("start.howToLink") : welcome(request, request.caller()));
            return;
        }
        if (!code.matches("[A-Za-z0-9_-]{1,64}")) {
            request.reply(request.text("start.unknownCode"));
            return;
        }
        LinkResult result = request.services().contacts().link(code, request.incoming().chatId());
        if (result instanceof LinkResult.Linked linked) {
            if (linked.fresh()) {
                log.info("Contact {} linked to chat {}", linked.contact().id(), request.incoming().chatId());
            }
            request.reply(welcome(request, linked.contact()));
        } else if (result instanceof LinkResult.Used) {
            request.reply(request.text("start.usedCode"));
        } else if (result instanceof LinkResult.Expired expired) {
            request.reply(request.text("start.expiredCode",
                    WHEN.format(LocalDateTime.ofInstant(expired.expiredAt(), request.services().clock().getZone()))));
        } else if (result instanceof LinkResult.ChatTaken taken) {
            request.reply(request.text("start.chatTaken", Html.escape(taken.holder().name())));
        } else if (result instanceof LinkResult.Revoked) {
            request.reply(request.text("start.revokedCode"));
        } else if (result instanceof LinkResult.AwaitingOffice waiting) {
            RelinkButtons.ask(request, waiting);
        } else if (result instanceof LinkResult.TooSoon soon) {
            // Told once per wait; the tries in between get no answer, so guessing fast costs nothing to answer.
            if (soon.tell()) {
                request.reply(request.text("start.tooSoon", at(request, soon.retryAt())));
            }
        } else if (result instanceof LinkResult.LockedOut locked) {
            if (locked.tell()) {
                request.reply(request.text("start.lockedOut", at(request, locked.until())));
            }
        } else {
            request.reply(request.text("start.unknownCode"));
        }
    }

    private static String at(Request request, java.time.Instant instant) {
        return DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy")
                .format(LocalDateTime.ofInstant(instant, request.services().clock().getZone()));
    }

    static String welcome(Request request, Contact contact) {
        String who = Html.escape(contact.name()) + " — " + request.text("role." + contact.role())
                + (contact.agency() == null ? "" : ", " + Html.escape(contact.agency()));
        return request.text("start.linked", who);
    }
}
