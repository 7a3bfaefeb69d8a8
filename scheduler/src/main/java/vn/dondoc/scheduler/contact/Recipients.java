package vn.dondoc.scheduler.contact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dondoc.scheduler.register.RegisterDatabase;

/**
 * Who dondoc may write to on its own: the ACTIVE contacts with a chat, read in one place for the
 * reminders, the digest and the office's alerts. A contact who blocked the bot, or was only invited,
 * is not among them.
 */
@Component
public final class Recipients {

    private final RegisterDatabase db;

    public Recipients(RegisterDatabase db) {
        this.db = db;
    }

    /** Every active contact with a chat, in id order, with the agencies a leader is in charge of. */
    public Active active() {
        JdbcTemplate jdbc = db.jdbc();
        Map<Long, List<Long>> inCharge = new HashMap<>();
        jdbc.query("SELECT contact_id, agency_id FROM leader_agency ORDER BY contact_id, agency_id", rs -> {
            inCharge.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
        });
        List<Recipient> all = jdbc.query("SELECT c.id, c.name, c.role, c.agency_id, a.name, c.chat_id FROM contact c"
                + " LEFT JOIN agency a ON a.id = c.agency_id"
                + " WHERE c.status = 'ACTIVE' AND c.chat_id IS NOT NULL ORDER BY c.id", (rs, n) -> {
            long id = rs.getLong(1);
            long agency = rs.getLong(4);
            Long agencyId = rs.wasNull() ? null : agency;
            return new Recipient(id, rs.getString(2), ContactRole.valueOf(rs.getString(3)), agencyId, rs.getString(5),
                    rs.getLong(6), inCharge.getOrDefault(id, List.of()));
        });
        return new Active(all);
    }

    /** An active contact with a chat; {@code inCharge} is empty for all but leaders (and then means all agencies). */
    public record Recipient(long id, String name, ContactRole role, Long agencyId, String agency, long chatId,
                            List<Long> inCharge) {

        public Recipient {
            inCharge = List.copyOf(inCharge);
        }
    }

    /** The recipients as of one read, by id, by agency and role. */
    public static final class Active {

        private final Map<Long, Recipient> byId = new LinkedHashMap<>();
        private final Map<Long, List<Long>> staff = new HashMap<>();
        private final Map<Long, List<Long>> heads = new HashMap<>();
        private final List<Long> office = new ArrayList<>();
        private final Map<Long, List<Long>> leaders = new HashMap<>();

        public Active(List<Recipient> all) {
            for (Recipient r : all) {
                byId.put(r.id(), r);
                switch (r.role()) {
                    case STAFF -> staff.computeIfAbsent(r.agencyId(), k -> new ArrayList<>()).add(r.id());
                    case HEAD -> heads.computeIfAbsent(r.agencyId(), k -> new ArrayList<>()).add(r.id());
                    case OFFICE -> office.add(r.id());
                    case LEADER -> r.inCharge().forEach(a -> leaders.computeIfAbsent(a, k -> new ArrayList<>()).add(r.id()));
                }
            }
        }

        /** The recipient with this id, or null if the contact is not (or no longer) active. */
        public Recipient byId(long id) {
            return byId.get(id);
        }

        /** In id order. */
        public List<Recipient> all() {
            return List.copyOf(byId.values());
        }

        /** Those with one of these roles, in id order. */
        public List<Recipient> withRole(ContactRole... roles) {
            List<ContactRole> wanted = List.of(roles);
            return byId.values().stream().filter(r -> wanted.contains(r.role())).toList();
        }

        public List<Long> staff(long agency) {
            return staff.getOrDefault(agency, List.of());
        }

        public List<Long> heads(long agency) {
            return heads.getOrDefault(agency, List.of());
        }

        /** The agency's staff; its heads when it has no active staff. */
        public List<Long> regular(long agency) {
            List<Long> s = staff(agency);
            return s.isEmpty() ? heads(agency) : s;
        }

        public List<Long> office() {
            return List.copyOf(office);
        }

        /** Leaders in charge of this agency by name (not those in charge of all). */
        public List<Long> leadersInCharge(long agency) {
            return leaders.getOrDefault(agency, List.of());
        }

        public long chat(long contact) {
            return byId.get(contact).chatId();
        }
    }
}
