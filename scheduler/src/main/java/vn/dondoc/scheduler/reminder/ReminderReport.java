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
 */
public record ReminderReport(boolean dryRun, int planned, int messages, int sent, int failed, int blocked,
                             List<Problem> failures, List<Problem> blockedContacts) {

    public ReminderReport {
        failures = List.copyOf(failures);
        blockedContacts = List.copyOf(blockedContacts);
    }

    /** A contact a message did not reach, and why (the channel's words). */
    public record Problem(long contactId, String name, String agency, String reason) {
    }
}
