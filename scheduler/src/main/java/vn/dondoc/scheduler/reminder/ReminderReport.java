package vn.dondoc.scheduler.reminder;

import java.util.List;

/**
 * What one run did, so the caller can tell the office about contacts that could not be reached.
 *
 * @param planned  new reminders planned this run
 * @param messages messages handed to the channel (one per chat)
 * @param sent     messages the channel delivered
 * @param failed   messages that failed after the channel's retries
 * @param blocked  messages refused because the person blocked the bot
 * @param unreached lead agencies with a reminder due this pass (not told before) and no active contact to get it
 * @param deferred messages not tried: Telegram was taken for out of reach after several failures in a row
 *                 (they stay in the register and go with a later pass)
 */
public record ReminderReport(boolean dryRun, int planned, int messages, int sent, int failed, int blocked,
                             List<Problem> failures, List<Problem> blockedContacts, List<Unreached> unreached,
                             int deferred) {

    public ReminderReport {
        failures = List.copyOf(failures);
        blockedContacts = List.copyOf(blockedContacts);
        unreached = List.copyOf(unreached);
    }

    /** An agency nobody could be reminded for: no active staff or head linked to Telegram. */
    public record Unreached(long agencyId, String agency, int milestones) {
    }

    /** There was something to send and none of it went, not for a person's refusal: Telegram is out of reach. */
    public boolean nothingDelivered() {
        return sent == 0 && blocked == 0 && failed + deferred > 0;
    }

    /** Telegram answered at least once in this pass (a message went, or someone's refusal came back). */
    public boolean telegramAnswered() {
        return sent > 0 || blocked > 0;
    }

    /** A contact a message did not reach, and why (the channel's words). */
    public record Problem(long contactId, String name, String agency, String reason) {
    }
}
