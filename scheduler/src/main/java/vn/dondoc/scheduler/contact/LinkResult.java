package vn.dondoc.scheduler.contact;

import java.time.Instant;

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
}
