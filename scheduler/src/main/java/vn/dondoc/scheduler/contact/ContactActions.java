package vn.dondoc.scheduler.contact;

import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.dondoc.scheduler.register.RegisterDatabase;

/** What a chat does about itself: who it is, linking by an invite ({@code /start CODE}). One transaction each. */
@Service
public class ContactActions {

    private final RegisterDatabase db;
    private final ContactRegister contacts;

    public ContactActions(RegisterDatabase db, ContactRegister contacts) {
        this.db = db;
        this.contacts = contacts;
    }

    /**
     * The contact linked to {@code chatId}, or empty for a stranger. A blocked contact who writes to the bot
     * again has unblocked it, and is active from now on (the contact returned is as it was read).
     */
    public Optional<Contact> caller(long chatId) {
        return db.inTransaction(() -> {
            Optional<Contact> caller = contacts.byChat(chatId);
            caller.filter(c -> c.status() == ContactStatus.BLOCKED).ifPresent(c -> contacts.markActive(c.id()));
            return caller;
        });
    }

    /** Links {@code chatId} to the contact whose invite {@code code} is. */
    public LinkResult link(String code, long chatId) {
        return db.inTransaction(() -> contacts.redeem(code, chatId));
    }

    /** Ids of the agencies a leader is in charge of; empty means all. */
    public java.util.List<Long> inChargeOf(long contactId) {
        return contacts.inChargeOf(contactId);
    }

    /** The person blocked the bot: nothing more goes to that chat until they write again or link again. */
    public void blocked(long contactId) {
        contacts.markBlocked(contactId);
    }
}
