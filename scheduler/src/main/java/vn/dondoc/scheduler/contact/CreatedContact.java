package vn.dondoc.scheduler.contact;

import java.time.Instant;

/** The new contact's id, and its one-time invite code with its expiry when it was not linked at once. */
public record CreatedContact(long id, String inviteCode, Instant inviteExpiresAt) {
}
