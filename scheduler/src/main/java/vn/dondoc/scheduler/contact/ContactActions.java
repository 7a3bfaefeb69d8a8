package vn.dondoc.scheduler.contact;

import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.text.VietnameseText;

/**
 * What a chat does about itself (who it is, linking by an invite: {@code /start CODE}) and what the office does about
 * contacts (adding one, inviting one again). One transaction each.
 */
@Service
public class ContactActions {

    private final RegisterDatabase db;
    private final ContactRegister contacts;
    private final LinkGuard guard;

    public ContactActions(RegisterDatabase db, ContactRegister contacts, LinkGuard guard) {
        this.db = db;
        this.contacts = contacts;
        this.guard = guard;
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

    /**
     * Creates a contact, linked at once when its chat is known, otherwise with a one-time invite. Refused with a
     * {@link ContactError} (no name, no agency for its role, a chat already linked to someone else).
     */
    public CreatedContact add(NewContact contact) {
        return add(contact, false);
    }

    /**
     * {@link #add(NewContact)}; a contact of the same name (however written) in the same agency (or, for the
     * office and leaders, with no agency) is refused with {@link ContactError#DUPLICATE} unless {@code allowSameName}:
     * adding twice by mistake would send every reminder twice.
     */
    public CreatedContact add(NewContact contact, boolean allowSameName) {
        return db.inTransaction(() -> {
            if (!allowSameName) {
                contacts.sameNameInAgency(contact.name(), contact.agencyId())
                        .ifPresent(id -> {
                            throw new ContactException(ContactError.DUPLICATE, VietnameseText.clean(contact.name()), id);
                        });
            }
            return contacts.add(contact);
        });
    }

    /** A fresh invite for contact {@code contactId}; refused with {@link ContactError#NOT_FOUND} if there is none. */
    public Invitation invite(long contactId) {
        return db.inTransaction(() -> {
            Contact contact = contacts.byId(contactId)
                    .orElseThrow(() -> new ContactException(ContactError.NOT_FOUND, contactId));
            CreatedContact invite = contacts.invite(contactId);
            return new Invitation(contact, invite.inviteCode(), invite.inviteExpiresAt());
        });
    }

    /**
     * The office takes a contact off the reminders (left the agency, added by mistake): unlinked, invites void.
     * Refused with {@link ContactError#NOT_FOUND}; deactivating twice changes nothing. A new invite brings it back.
     */
    public boolean deactivate(long contactId) {
        return db.inTransaction(() -> contacts.deactivate(contactId));
    }

    /**
     * Links {@code chatId} to the contact whose invite {@code code} is (or asks the office, for a contact active
     * elsewhere). A chat that sent wrong codes waits longer before each new try, and is then locked out for a while:
     * its code is not even looked at.
     */
    public LinkResult link(String code, long chatId) {
        Optional<LinkResult> refused = guard.refusal(chatId);
        if (refused.isPresent()) {
            return refused.get();
        }
        LinkResult result = db.inTransaction(() -> contacts.redeem(code, chatId));
        guard.record(chatId, result);
        return result;
    }

    /** The office confirms or refuses moving a contact to another chat ({@link LinkResult.AwaitingOffice}). */
    public RelinkDecided decideRelink(Contact decider, long relinkId, boolean approve) {
        if (decider.role() != ContactRole.OFFICE) {
            throw new ContactException(ContactError.OFFICE_ONLY);
        }
        return db.inTransaction(() -> contacts.decideRelink(relinkId, approve, decider.id()));
    }

    /** Whether {@code chatId} is linked to a contact (read only: for deciding how much a chat may cost). */
    public boolean isLinked(long chatId) {
        return contacts.isLinked(chatId);
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
