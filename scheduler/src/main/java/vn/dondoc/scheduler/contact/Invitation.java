package vn.dondoc.scheduler.contact;

import java.time.Instant;

/** A fresh one-time invite for an existing contact: who it is for, the code, and when it expires. */
public record Invitation(Contact contact, String code, Instant expiresAt) {
}
