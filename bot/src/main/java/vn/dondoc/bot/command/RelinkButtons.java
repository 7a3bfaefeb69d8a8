package vn.dondoc.bot.command;

import java.util.List;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dondoc.bot.telegram.Keyboard;
import vn.dondoc.bot.telegram.TelegramFailure;
import vn.dondoc.messages.Html;
import vn.dondoc.scheduler.contact.Contact;
import vn.dondoc.scheduler.contact.LinkResult;
import vn.dondoc.scheduler.contact.RelinkDecided;
import vn.dondoc.scheduler.text.LogValue;

/**
 * Moving a contact that is active in one chat to another (an invite code redeemed elsewhere): the new chat waits,
 * the old chat is told at once, and every office contact gets Đồng ý / Từ chối ({@code lk:ID:1} / {@code lk:ID:0}).
 * The decision is the scheduler's ({@code ContactActions.decideRelink}: office only, once).
 */
final class RelinkButtons implements Buttons {

    private static final Logger log = LoggerFactory.getLogger(RelinkButtons.class);

    @Override
    public List<String> buttonPrefixes() {
        return List.of("lk");
    }

    /** Answers the new chat; the first time, tells the old chat and asks the office. */
    static void ask(Request request, LinkResult.AwaitingOffice waiting) {
        String name = Html.escape(waiting.contact().name());
        request.reply(request.text("start.awaitingOffice", name));
        if (!waiting.fresh()) {
            return;
        }
        log.info("Contact {} asked to move from chat {} to chat {} (request {}); the office decides",
                waiting.contact().id(), waiting.oldChat(), request.incoming().chatId(), waiting.relinkId());
        send(request, waiting.oldChat(), request.text("relink.oldChat", name), Keyboard.NONE);
        Keyboard decide = Keyboard.row(
                new Keyboard.Button(request.text("button.relinkApprove"), "lk:" + waiting.relinkId() + ":1"),
                new Keyboard.Button(request.text("button.relinkReject"), "lk:" + waiting.relinkId() + ":0"));
        for (Contact office : waiting.offices()) {
            send(request, office.chatId(), request.text("relink.ask", waiting.relinkId(), who(request, waiting.contact())), decide);
        }
    }

    @Override
    public void press(Request request, String prefix, List<String> args) {
        OptionalLong id = args.isEmpty() ? OptionalLong.empty() : Arguments.number(args.get(0));
        if (id.isEmpty() || args.size() != 2 || !(args.get(1).equals("1") || args.get(1).equals("0"))) {
            return;
        }
        RelinkDecided decided = request.services().contacts().decideRelink(request.caller(), id.getAsLong(), args.get(1).equals("1"));
        String name = Html.escape(decided.contact().name());
        request.replaceMessage(request.text(decided.approved() ? "relink.approved" : "relink.rejected", name, decided.relinkId()),
                Keyboard.NONE);
        if (decided.approved()) {
            log.info("Contact {} moved from chat {} to chat {} (request {})", decided.contact().id(), decided.oldChat(),
                    decided.newChat(), decided.relinkId());
            send(request, decided.newChat(), StartCommand.welcome(request, decided.contact()), Keyboard.NONE);
            send(request, decided.oldChat(), request.text("relink.moved", name), Keyboard.NONE);
        } else {
            send(request, decided.newChat(), request.text("relink.refused", name), Keyboard.NONE);
        }
    }

    private static String who(Request request, Contact contact) {
        return Html.escape(contact.name()) + " — " + request.text("role." + contact.role())
                + (contact.agency() == null ? "" : ", " + Html.escape(contact.agency()));
    }

    /** A chat that cannot be reached is logged and skipped: the others still hear. */
    private static void send(Request request, long chatId, String html, Keyboard keyboard) {
        try {
            request.services().outbox().send(chatId, html, keyboard);
        } catch (TelegramFailure e) {
            log.warn("Relink notice to chat {} not delivered: {} {}", chatId, e.errorCode(), LogValue.of(e.getMessage()));
        }
    }
}
