package vn.dondoc.bot.console;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The invites made in this session (a contact added, invited again, imported), to print as cards. Invite codes are
 * kept only hashed in the register, so a card can only be printed by whoever just made the code: they are kept in
 * the clerk's session, newest code of a contact only, until printed and cleared or the session ends.
 */
final class InviteCards {

    private static final String KEY = InviteCards.class.getName();

    /** One card: who it is for and the code (the link is made when shown). */
    record Card(long contactId, String name, String role, String agency, String code, String expires) implements Serializable {
    }

    private InviteCards() {
    }

    static void add(HttpSession session, Card card) {
        Map<Long, Card> cards = cards(session);
        cards.remove(card.contactId());
        cards.put(card.contactId(), card);
        session.setAttribute(KEY, cards);
    }

    /** A contact deactivated: its code is void, its card goes. */
    static void remove(HttpSession session, long contactId) {
        Map<Long, Card> cards = cards(session);
        cards.remove(contactId);
        session.setAttribute(KEY, cards);
    }

    static List<Card> all(HttpSession session) {
        return new ArrayList<>(cards(session).values());
    }

    static void clear(HttpSession session) {
        session.removeAttribute(KEY);
    }

    @SuppressWarnings("unchecked")
    private static Map<Long, Card> cards(HttpSession session) {
        Object cards = session.getAttribute(KEY);
        return cards instanceof LinkedHashMap<?, ?> map ? (LinkedHashMap<Long, Card>) map : new LinkedHashMap<>();
    }
}
