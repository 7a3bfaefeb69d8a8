package vn.dondoc.scheduler.agency;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.text.VietnameseText;

/** The agencies in the register, with the other names documents gave them. */
@Component
public final class AgencyRegister {

    private final RegisterDatabase db;
    private final Clock clock;

    public AgencyRegister(RegisterDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public List<Agency> all() {
        Map<Long, List<String>> aliases = new HashMap<>();
        jdbc().query("SELECT agency_id, alias FROM agency_alias ORDER BY id",
                rs -> {
                    aliases.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return jdbc().query("SELECT id, name FROM agency ORDER BY id",
                (rs, n) -> new Agency(rs.getLong(1), rs.getString(2), aliases.getOrDefault(rs.getLong(1), List.of())));
    }

    /** Every agency with its short name and its active contacts (as reminders see them: ACTIVE with a chat), in id order. */
    public List<AgencyContacts> withActiveContacts() {
        Map<Long, List<String>> contacts = new HashMap<>();
        jdbc().query("SELECT agency_id, name FROM contact WHERE status = 'ACTIVE' AND chat_id IS NOT NULL"
                + " AND agency_id IS NOT NULL ORDER BY id", rs -> {
                    contacts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<Long, String> shortNames = new HashMap<>();
        jdbc().query("SELECT id, short_name FROM agency", rs -> {
            shortNames.put(rs.getLong(1), rs.getString(2));
        });
        return all().stream().map(a -> new AgencyContacts(a,
                shortNames.get(a.id()) == null ? AgencyShortName.of(a.name()) : shortNames.get(a.id()),
                contacts.getOrDefault(a.id(), List.of()))).toList();
    }

    /** A matcher over every agency now in the register; an import adds to it as it creates agencies. */
    public AgencyMatcher matcher() {
        return new AgencyMatcher(all());
    }

    /** The agency or agencies {@code written} can mean, however it is written. */
    public AgencyLookup lookup(String written) {
        List<Agency> agencies = all();
        AgencyMatcher.Match match = new AgencyMatcher(agencies).match(written);
        Map<Long, Agency> byId = new HashMap<>();
        agencies.forEach(a -> byId.put(a.id(), a));
        return new AgencyLookup(match.kind(), match.ids().stream().map(byId::get).toList());
    }

    public Agency create(String name) {
        String cleaned = VietnameseText.clean(name);
        long id = jdbc().queryForObject("INSERT INTO agency (name, name_key, short_name, created_at) VALUES (?, ?, ?, ?)"
                        + " RETURNING id", Long.class,
                cleaned, AgencyNames.key(cleaned), AgencyShortName.of(cleaned), clock.instant().toString());
        return new Agency(id, cleaned);
    }

    /** The office's own short name for the agency, used in the digest's chart and table instead of the rule's. */
    public void setShortName(long agencyId, String shortName) {
        jdbc().update("UPDATE agency SET short_name = ? WHERE id = ?", VietnameseText.clean(shortName), agencyId);
    }

    /**
     * Remembers another way of writing the agency, so the next document matches it exactly.
     * Returns false when that way is already known (as its name or an alias).
     */
    public boolean addAlias(long agencyId, String alias) {
        String cleaned = VietnameseText.clean(alias);
        String key = AgencyNames.key(cleaned);
        Integer taken = jdbc().queryForObject("SELECT (SELECT count(*) FROM agency WHERE name_key = ?)"
                + " + (SELECT count(*) FROM agency_alias WHERE alias_key = ?)", Integer.class, key, key);
        if (taken != null && taken > 0) {
            return false;
        }
        jdbc().update("INSERT INTO agency_alias (agency_id, alias, alias_key) VALUES (?, ?, ?)", agencyId, cleaned, key);
        return true;
    }

    /** The agencies the office mapped group words to ({@code agencies group}), in the office's order; empty when not mapped. */
    public List<Long> groupMembers(String group) {
        return jdbc().queryForList("SELECT agency_id FROM agency_group WHERE name_key = ? ORDER BY position", Long.class,
                AgencyNames.key(group));
    }

    /** Maps group words to agencies, replacing an earlier mapping of the same words. */
    public void mapGroup(String group, List<Long> agencyIds) {
        String cleaned = VietnameseText.clean(group);
        String key = AgencyNames.key(cleaned);
        jdbc().update("DELETE FROM agency_group WHERE name_key = ?", key);
        int position = 0;
        for (Long id : agencyIds.stream().distinct().toList()) {
            jdbc().update("INSERT INTO agency_group (name_key, name, agency_id, position) VALUES (?, ?, ?, ?)",
                    key, cleaned, id, ++position);
        }
    }

    /** Every mapped group, by its words as the office wrote them, with its agencies' ids. */
    public Map<String, List<Long>> groups() {
        Map<String, List<Long>> groups = new java.util.LinkedHashMap<>();
        jdbc().query("SELECT name, agency_id FROM agency_group ORDER BY name, position",
                rs -> {
                    groups.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        return groups;
    }

    /** The register is opened on first use, not when this is built. */
    private JdbcTemplate jdbc() {
        return db.jdbc();
    }
}
