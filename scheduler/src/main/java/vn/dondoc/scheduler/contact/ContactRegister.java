package vn.dondoc.scheduler.contact;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.text.VietnameseText;

/** Creates and lists contacts. Linking a chat by its invite code comes with the bot. */
public final class ContactRegister {

    /** Telegram start payloads allow 64 of A-Za-z0-9_-; 12 random bytes give 16 such characters. */
    private static final int INVITE_BYTES = 12;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration inviteValidity;
    private final SecureRandom random = new SecureRandom();

    public ContactRegister(RegisterDatabase db, Clock clock, Duration inviteValidity) {
        this.jdbc = db.jdbc();
        this.clock = clock;
        this.inviteValidity = inviteValidity;
    }

    public CreatedContact add(NewContact contact) {
        String name = VietnameseText.clean(contact.name());
        if (name == null || name.isEmpty()) {
            throw new ContactException("Cần tên của liên hệ.");
        }
        if (contact.role().belongsToAnAgency() && contact.agencyId() == null) {
            throw new ContactException("Liên hệ vai trò " + contact.role() + " phải thuộc một cơ quan (--agency).");
        }
        if (contact.role() != ContactRole.LEADER && !contact.inChargeAgencyIds().isEmpty()) {
            throw new ContactException("Chỉ lãnh đạo (LEADER) mới phụ trách cơ quan (--in-charge).");
        }
        if (contact.chatId() != null) {
            List<String> holder = jdbc.queryForList("SELECT name FROM contact WHERE chat_id = ?", String.class, contact.chatId());
            if (!holder.isEmpty()) {
                throw new ContactException("Chat " + contact.chatId() + " đã gắn với liên hệ " + holder.get(0) + ".");
            }
        }
        Instant now = clock.instant();
        jdbc.update("INSERT INTO contact (name, role, agency_id, chat_id, status, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                name, contact.role().name(), contact.agencyId(), contact.chatId(),
                (contact.chatId() == null ? ContactStatus.INVITED : ContactStatus.ACTIVE).name(), now.toString());
        long id = jdbc.queryForObject("SELECT last_insert_rowid()", Long.class);
        for (Long agencyId : contact.inChargeAgencyIds().stream().distinct().toList()) {
            jdbc.update("INSERT INTO leader_agency (contact_id, agency_id) VALUES (?, ?)", id, agencyId);
        }
        if (contact.chatId() != null) {
            return new CreatedContact(id, null, null);
        }
        String code = newCode();
        Instant expires = now.plus(inviteValidity);
        jdbc.update("INSERT INTO invite (code, contact_id, expires_at) VALUES (?, ?, ?)", code, id, expires.toString());
        return new CreatedContact(id, code, expires);
    }

    public List<Contact> all() {
        Map<Long, List<String>> inCharge = new HashMap<>();
        jdbc.query("SELECT la.contact_id, a.name FROM leader_agency la JOIN agency a ON a.id = la.agency_id ORDER BY a.name",
                rs -> {
                    inCharge.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return jdbc.query("SELECT c.*, a.name AS agency_name FROM contact c LEFT JOIN agency a ON a.id = c.agency_id"
                + " ORDER BY c.id", (rs, n) -> {
            long agencyId = rs.getLong("agency_id");
            Long agency = rs.wasNull() ? null : agencyId;
            long chatId = rs.getLong("chat_id");
            Long chat = rs.wasNull() ? null : chatId;
            long id = rs.getLong("id");
            return new Contact(id, rs.getString("name"), ContactRole.valueOf(rs.getString("role")), agency,
                    rs.getString("agency_name"), chat, ContactStatus.valueOf(rs.getString("status")),
                    List.copyOf(inCharge.getOrDefault(id, List.of())));
        });
    }

    /** The person blocked the bot: nothing more is sent to this chat until it links again. */
    public void markBlocked(long contactId) {
        jdbc.update("UPDATE contact SET status = 'BLOCKED' WHERE id = ?", contactId);
    }

    private String newCode() {
        byte[] bytes = new byte[INVITE_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
