package vn.dondoc.scheduler.contact;

import java.time.Instant;
import java.util.List;

/** What {@code /start CODE} did. */
public sealed interface LinkResult {

    /** {@code fresh} is false when the same chat sends the same code again: it was already linked. */
    record Linked(Contact contact, boolean fresh) implements LinkResult {
    }

    record Unknown() implements LinkResult {
    }

    record Used() implements LinkResult {
    }

    record Expired(Instant expiredAt) implements LinkResult {
    }

    /** The chat is already linked to another contact. */
    record ChatTaken(Contact holder) implements LinkResult {
    }

    /** The office made a newer code for this contact: this one no longer links anything. */
    record Revoked() implements LinkResult {
    }

    /**
     * The contact is active in another chat ({@code oldChat}): the move waits for the office (request
     * {@code relinkId}; {@code offices} are the active OFFICE contacts to ask). {@code fresh} is false when
     * the same chat sends the code again while it waits: nobody is asked twice.
     */
    record AwaitingOffice(long relinkId, Contact contact, long oldChat, List<Contact> offices, boolean fresh)
            implements LinkResult {
    }

    /** Too many wrong codes from this chat: no code is tried before {@code until}; {@code tell} only the first time. */
    record LockedOut(Instant until, boolean tell) implements LinkResult {
    }

    /** A wrong code a moment ago: the next is tried from {@code retryAt}; {@code tell} only the first time. */
    record TooSoon(Instant retryAt, boolean tell) implements LinkResult {
    }
}
