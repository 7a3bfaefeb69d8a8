package vn.dondoc.scheduler.delivery;

import org.springframework.stereotype.Component;
import vn.dondoc.scheduler.contact.ContactRegister;

/**
 * What a delivery's result means for the person it was for, the same for a reminder, a digest and an
 * alert to the office: a person who blocked the bot is marked BLOCKED and gets nothing more until
 * linked again. The passes record their own rows (delivery, digest_delivery); this is the contact's side.
 */
@Component
public final class DeliveryOutcomes {

    private final ContactRegister contacts;

    public DeliveryOutcomes(ContactRegister contacts) {
        this.contacts = contacts;
    }

    /** Call inside the transaction that records the delivery's own row, if there is one. */
    public void record(long contactId, DeliveryResult result) {
        if (result instanceof DeliveryResult.Blocked) {
            contacts.markBlocked(contactId);
        }
    }
}
