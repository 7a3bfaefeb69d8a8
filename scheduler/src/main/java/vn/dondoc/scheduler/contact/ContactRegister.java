package vn.dondoc.scheduler.contact;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.text.VietnameseText;

/**
 * The people dondoc writes to, and the chats they are linked to: directly with a known chat id, or
 * by an invite code that the person sends as {@code /start CODE} (one-time, expiring, kept hashed).
 */
public final class ContactRegister {

    private final RegisterDatabase db;
    private final Clock clock;
    private final Duration inviteValidity;

    public ContactRegister(RegisterDatabase db, Clock clock, Duration inviteValidity) {
        this.db = db;
        this.clock = clock;
        this.inviteValidity = inviteValidity;
    }

    public CreatedContact add(NewContact contact) {
        String name = VietnameseText.clean(contact.name());
        if (name == null || name.isEmpty()) {
            throw new ContactException(ContactError.NAME_MISSING);
        }
        if (contact.role().belongsToAnAgency() && contact.agencyId() == null) {
            throw new ContactException(ContactError.NEEDS_AGENCY, contact.role());
        }
        if (contact.role() != ContactRole.LEADER && !contact.inChargeAgencyIds().isEmpty()) {
            throw new ContactException(ContactError.IN_CHARGE_LEADERS_ONLY);
        }
        if (contact.chatId() != null) {
            List<String> holder = jdbc().queryForList("SELECT name FROM contact WHERE chat_id = ?", String.class, contact.chatId());
            if (!holder.isEmpty()) {
                throw new ContactException(ContactError.CHAT_TAKEN, contact.chatId(), holder.get(0));
            }
        }
        Instant now = clock.instant();
        long id = jdbc().queryForObject("INSERT INTO contact (name, role, agency_id, chat_id, status, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?) RETURNING id", Long.class,
                name, contact.role().name(), contact.agencyId(), contact.chatId(),
                (contact.chatId() == null ? ContactStatus.INVITED : ContactStatus.ACTIVE).name(), now.toString());
        for (Long agencyId : contact.inChargeAgencyIds().stream().distinct().toList()) {
            jdbc().update("INSERT INTO leader_agency (contact_id, agency_id) VALUES (?, ?)", id, agencyId);
        }
        if (contact.chatId() != null) {
            return new CreatedContact(id, null, null);
        }
        return newInvite(id, now);
    }

    /** The first contact whose name folds like {@code name} in agency {@code agencyId} (null: no agency). */
    Optional<Long> sameNameInAgency(String name, Long agencyId) {
        String folded = VietnameseText.fold(name);
        if (folded == null || folded.isBlank()) {
            return Optional.empty();
        }
        String wanted = folded.trim().replaceAll("\\s+", " ");
        // IS NOT DISTINCT FROM: "the same agency, or both none", said the same way on SQLite (3.39+) and PostgreSQL.
        return jdbc().query("SELECT id, name FROM contact WHERE agency_id IS NOT DISTINCT FROM ? ORDER BY id",
                        (rs, n) -> java.util.Map.entry(rs.getLong(1), rs.getString(2)), agencyId).stream()
                .filter(e -> VietnameseText.fold(e.getValue()).trim().replaceAll("\\s+", " ").equals(wanted))
                .map(java.util.Map.Entry::getKey)
                .findFirst();
    }

    /**
     * A fresh invite for a contact who lost theirs, let it expire, or changed phone. The contact's older unused
     * codes are revoked: a code sent earlier (to the lost phone, in a leaked message) takes nobody over.
     */
    public CreatedContact invite(long contactId) {
        requireContact(contactId);
        Instant now = clock.instant();
        jdbc().update("UPDATE invite SET revoked_at = ? WHERE contact_id = ? AND used_at IS NULL AND revoked_at IS NULL",
                now.toString(), contactId);
        return newInvite(contactId, now);
    }

    private CreatedContact newInvite(long contactId, Instant now) {
        String code = InviteCodes.newCode();
        Instant expires = now.plus(inviteValidity);
        jdbc().update("INSERT INTO invite (code_hash, contact_id, expires_at) VALUES (?, ?, ?)",
                InviteCodes.hash(code), contactId, expires.toString());
        return new CreatedContact(contactId, code, expires);
    }

    /**
     * Links {@code chatId} to the contact whose invite this is. The code works once, and only while it is the
     * contact's newest. A contact who is not active elsewhere (new, or blocked) is linked at once; one active in
     * another chat is not moved before the office confirms ({@link LinkResult.AwaitingOffice}).
     */
    public LinkResult redeem(String code, long chatId) {
        List<Map<String, Object>> rows = jdbc().queryForList(
                "SELECT contact_id, expires_at, used_at, used_chat, revoked_at FROM invite WHERE code_hash = ?", InviteCodes.hash(code));
        if (rows.isEmpty()) {
            return new LinkResult.Unknown();
        }
        Map<String, Object> invite = rows.get(0);
        long contactId = ((Number) invite.get("contact_id")).longValue();
        Instant now = clock.instant();
        if (invite.get("used_at") != null) {
            Object usedChat = invite.get("used_chat");
            if (usedChat != null && ((Number) usedChat).longValue() == chatId) {
                Contact contact = byId(contactId).orElseThrow();
                if (contact.chatId() != null && contact.chatId() == chatId) {
                    return new LinkResult.Linked(contact, false);
                }
                Optional<Long> waiting = pendingRelink(contactId, chatId);
                if (waiting.isPresent()) {
                    return new LinkResult.AwaitingOffice(waiting.get(), contact, contact.chatId(), active(ContactRole.OFFICE), false);
                }
            }
            return new LinkResult.Used();
        }
        if (invite.get("revoked_at") != null) {
            return new LinkResult.Revoked();
        }
        Instant expires = Instant.parse((String) invite.get("expires_at"));
        if (!now.isBefore(expires)) {
            return new LinkResult.Expired(expires);
        }
        Optional<Contact> holder = byChat(chatId);
        if (holder.isPresent() && holder.get().id() != contactId) {
            return new LinkResult.ChatTaken(holder.get());
        }
        jdbc().update("UPDATE invite SET used_at = ?, used_chat = ? WHERE code_hash = ?", now.toString(), chatId, InviteCodes.hash(code));
        Contact contact = byId(contactId).orElseThrow();
        if (contact.status() == ContactStatus.ACTIVE && contact.chatId() != null && contact.chatId() != chatId) {
            long relinkId = jdbc().queryForObject("INSERT INTO relink (contact_id, old_chat, new_chat, asked_at)"
                    + " VALUES (?, ?, ?, ?) RETURNING id", Long.class, contactId, contact.chatId(), chatId, now.toString());
            return new LinkResult.AwaitingOffice(relinkId, contact, contact.chatId(), active(ContactRole.OFFICE), true);
        }
        jdbc().update("UPDATE contact SET chat_id = ?, status = 'ACTIVE', deactivated_at = NULL WHERE id = ?", chatId, contactId);
        return new LinkResult.Linked(byId(contactId).orElseThrow(), true);
    }

    private Optional<Long> pendingRelink(long contactId, long newChat) {
        return jdbc().queryForList("SELECT id FROM relink WHERE contact_id = ? AND new_chat = ? AND decision = 'PENDING'",
                Long.class, contactId, newChat).stream().findFirst();
    }

    /**
     * The office's answer to move request {@code relinkId}. Approved, the contact is moved to the new chat (unless
     * that chat was meanwhile linked to someone else); refused, it stays where it is. Decided once.
     */
    public RelinkDecided decideRelink(long relinkId, boolean approve, long deciderId) {
        List<Map<String, Object>> rows = jdbc().queryForList(
                "SELECT contact_id, old_chat, new_chat, decision FROM relink WHERE id = ?", relinkId);
        if (rows.isEmpty()) {
            throw new ContactException(ContactError.RELINK_NOT_FOUND, relinkId);
        }
        Map<String, Object> row = rows.get(0);
        if (!"PENDING".equals(row.get("decision"))) {
            throw new ContactException(ContactError.RELINK_DECIDED, relinkId);
        }
        long contactId = ((Number) row.get("contact_id")).longValue();
        long oldChat = ((Number) row.get("old_chat")).longValue();
        long newChat = ((Number) row.get("new_chat")).longValue();
        if (approve) {
            Optional<Contact> holder = byChat(newChat);
            if (holder.isPresent() && holder.get().id() != contactId) {
                throw new ContactException(ContactError.CHAT_TAKEN, newChat, holder.get().name());
            }
            jdbc().update("UPDATE contact SET chat_id = ?, status = 'ACTIVE' WHERE id = ?", newChat, contactId);
        }
        jdbc().update("UPDATE relink SET decision = ?, decided_at = ?, decided_by = ? WHERE id = ?",
                approve ? "APPROVED" : "REJECTED", clock.instant().toString(), deciderId, relinkId);
        return new RelinkDecided(relinkId, byId(contactId).orElseThrow(), oldChat, newChat, approve);
    }

    /** Whether a contact is linked to {@code chatId}: one indexed read, for every update the bot receives. */
    public boolean isLinked(long chatId) {
        // A count of at most one row: EXISTS is a boolean on PostgreSQL and a number on SQLite.
        return jdbc().queryForObject("SELECT count(*) FROM (SELECT 1 FROM contact WHERE chat_id = ? LIMIT 1) AS linked",
                Integer.class, chatId) > 0;
    }

    public Optional<Contact> byChat(long chatId) {
        return query(" WHERE c.chat_id = ?", chatId).stream().findFirst();
    }

    public Optional<Contact> byId(long contactId) {
        return query(" WHERE c.id = ?", contactId).stream().findFirst();
    }

    /** Active contacts with one of these roles, e.g. everyone to tell of an extension request. */
    public List<Contact> active(ContactRole... roles) {
        List<String> names = java.util.Arrays.stream(roles).map(Enum::name).toList();
        return query(" WHERE c.status = 'ACTIVE' AND c.chat_id IS NOT NULL").stream()
                .filter(c -> names.contains(c.role().name()))
                .toList();
    }

    /** Ids of the agencies a leader is in charge of; empty means all. */
    public List<Long> inChargeOf(long contactId) {
        return jdbc().queryForList("SELECT agency_id FROM leader_agency WHERE contact_id = ? ORDER BY agency_id", Long.class, contactId);
    }

    /** A blocked contact who writes to the bot again has unblocked it. */
    public void markActive(long contactId) {
        jdbc().update("UPDATE contact SET status = 'ACTIVE' WHERE id = ? AND chat_id IS NOT NULL", contactId);
    }

    private void requireContact(long contactId) {
        if (byId(contactId).isEmpty()) {
            throw new ContactException(ContactError.NOT_FOUND, contactId);
        }
    }

    public List<Contact> all() {
        return query("");
    }

    private List<Contact> query(String where, Object... args) {
        Map<Long, List<String>> inCharge = new HashMap<>();
        // The same filter as below: the bot looks a contact up on every update, not the whole list.
        jdbc().query("SELECT la.contact_id, a.name FROM leader_agency la JOIN agency a ON a.id = la.agency_id"
                        + " JOIN contact c ON c.id = la.contact_id" + where + " ORDER BY a.name",
                rs -> {
                    inCharge.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }, args);
        return jdbc().query("SELECT c.*, a.name AS agency_name FROM contact c LEFT JOIN agency a ON a.id = c.agency_id"
                + where + " ORDER BY c.id", (rs, n) -> {
            long agencyId = rs.getLong("agency_id");
            Long agency = rs.wasNull() ? null : agencyId;
            long chatId = rs.getLong("chat_id");
            Long chat = rs.wasNull() ? null : chatId;
            long id = rs.getLong("id");
            return new Contact(id, rs.getString("name"), ContactRole.valueOf(rs.getString("role")), agency,
                    rs.getString("agency_name"), chat, ContactStatus.valueOf(rs.getString("status")),
                    List.copyOf(inCharge.getOrDefault(id, List.of())));
        }, args);
    }

    /**
     * The office takes the contact off the reminders: unlinked from its chat (so the bot no longer knows that chat),
     * invites revoked, marked deactivated. A new invite, once used, brings it back. False when it already was.
     */
    public boolean deactivate(long contactId) {
        requireContact(contactId);
        Instant now = clock.instant();
        jdbc().update("UPDATE invite SET revoked_at = ? WHERE contact_id = ? AND used_at IS NULL AND revoked_at IS NULL",
                now.toString(), contactId);
        return jdbc().update("UPDATE contact SET chat_id = NULL, status = 'INVITED', deactivated_at = ?"
                + " WHERE id = ? AND deactivated_at IS NULL", now.toString(), contactId) > 0;
    }

    /** The ids of the contacts the office deactivated (and that were not linked again since). */
    public java.util.Set<Long> deactivated() {
        return new java.util.HashSet<>(jdbc().queryForList("SELECT id FROM contact WHERE deactivated_at IS NOT NULL", Long.class));
    }

    /** The person blocked the bot: nothing more is sent to this chat until it links again. */
    public void markBlocked(long contactId) {
        jdbc().update("UPDATE contact SET status = 'BLOCKED' WHERE id = ?", contactId);
    }


    /** The register is opened on first use, not when this is built. */
    private JdbcTemplate jdbc() {
        return db.jdbc();
    }
}
