package vn.dondoc.scheduler.delivery;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the delivery log: what went (or did not) to whom, and when.
 *
 * @param at when it was finished (or planned, while still pending; when the office was told, for {@code NOBODY})
 * @param kind a reminder, a weekly digest, a notice to the office, or a reminder point with nobody to remind
 * @param outcome what became of it
 * @param to the contact's name, or for {@code NOBODY} the agency that had nobody to remind
 * @param taskId the task a reminder was about, else null
 * @param reminderKind BEFORE, DUE, OVERDUE or CHECK_IN for a reminder (and NOBODY), else null
 * @param day a reminder's point, or a digest's week (its Monday), else null
 * @param reason why it failed or was blocked, as the channel said it, else null
 */
public record LoggedDelivery(Instant at, Kind kind, Outcome outcome, String to, Long taskId, String reminderKind,
                             LocalDate day, String reason) {

    public enum Kind { REMINDER, DIGEST, NOTICE, NOBODY }

    /** PENDING: written before sending and not finished (being sent, or cut short); NOBODY: no active contact. */
    public enum Outcome { SENT, FAILED, BLOCKED, PENDING, NOBODY }
}
