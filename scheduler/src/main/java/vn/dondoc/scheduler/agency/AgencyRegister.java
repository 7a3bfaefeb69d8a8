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

    /** One agency by its number, with its aliases. */
    public java.util.Optional<Agency> byId(long agencyId) {
        return all().stream().filter(a -> a.id() == agencyId).findFirst();
    }

    /** The agency known by {@code written} exactly (as its name or an alias, however cased or accented alike). */
    public java.util.Optional<Agency> holderOf(String written) {
        String key = AgencyNames.key(VietnameseText.clean(written));
        List<Long> ids = jdbc().queryForList("SELECT id FROM agency WHERE name_key = ?"
                + " UNION SELECT agency_id FROM agency_alias WHERE alias_key = ?", Long.class, key, key);
        return ids.isEmpty() ? java.util.Optional.empty() : byId(ids.get(0));
    }

    /** Every agency with its short name, its tasks (not cancelled), contacts (not deactivated) and active contacts. */
    public List<AgencyOverview> overview() {
        Map<Long, Integer> tasks = new HashMap<>();
        jdbc().query("SELECT ta.agency_id, count(DISTINCT ta.task_id) FROM task_agency ta JOIN task t ON t.id = ta.task_id"
                + " WHERE t.cancelled_on IS NULL GROUP BY ta.agency_id", rs -> {
                    tasks.put(rs.getLong(1), rs.getInt(2));
                });
        Map<Long, Integer> contacts = new HashMap<>();
        jdbc().query("SELECT agency_id, count(*) FROM contact WHERE agency_id IS NOT NULL AND deactivated_at IS NULL"
                + " GROUP BY agency_id", rs -> {
                    contacts.put(rs.getLong(1), rs.getInt(2));
                });
        return withActiveContacts().stream().map(c -> new AgencyOverview(c.agency(), c.shortName(),
                tasks.getOrDefault(c.agency().id(), 0), contacts.getOrDefault(c.agency().id(), 0), c.activeContacts()))
                .toList();
    }

    /** Forgets one of the agency's other names; false when it had no such alias. */
    public boolean removeAlias(long agencyId, String alias) {
        return jdbc().update("DELETE FROM agency_alias WHERE agency_id = ? AND alias_key = ?", agencyId,
                AgencyNames.key(VietnameseText.clean(alias))) > 0;
    }

    /** Gives the agency a new name; the caller keeps the old one as an alias when it should still match. */
    public void rename(long agencyId, String name) {
        String cleaned = VietnameseText.clean(name);
        jdbc().update("UPDATE agency SET name = ?, name_key = ? WHERE id = ?", cleaned, AgencyNames.key(cleaned), agencyId);
    }

    /**
     * Moves everything that names agency {@code from} to {@code into} and deletes {@code from}: its tasks (a task
     * naming both keeps one line, led if either led), its indicators, contacts, leaders' charges, group words,
     * aliases, digest counts (added together) and unreached points. Returns the ids of the tasks moved. The caller
     * runs it in a transaction and keeps the old name as an alias (the merge is {@code task/AgencyMerges}, which also
     * writes the moved tasks' history).
     */
    public List<Long> moveInto(long from, long into) {
        List<Long> taskIds = jdbc().queryForList("SELECT task_id FROM task_agency WHERE agency_id = ? ORDER BY task_id",
                Long.class, from);
        // A task that names both: the target leads it if either did; the merged agency's line goes.
        jdbc().update("UPDATE task_agency SET role = 'LEAD' WHERE agency_id = ? AND task_id IN"
                + " (SELECT task_id FROM task_agency WHERE agency_id = ? AND role = 'LEAD')", into, from);
        jdbc().update("DELETE FROM task_agency WHERE agency_id = ? AND task_id IN"
                + " (SELECT task_id FROM task_agency WHERE agency_id = ?)", from, into);
        jdbc().update("UPDATE task_agency SET agency_id = ? WHERE agency_id = ?", into, from);
        jdbc().update("DELETE FROM indicator_agency WHERE agency_id = ? AND indicator_id IN"
                + " (SELECT indicator_id FROM indicator_agency WHERE agency_id = ?)", from, into);
        jdbc().update("UPDATE indicator_agency SET agency_id = ? WHERE agency_id = ?", into, from);
        jdbc().update("UPDATE contact SET agency_id = ? WHERE agency_id = ?", into, from);
        jdbc().update("DELETE FROM leader_agency WHERE agency_id = ? AND contact_id IN"
                + " (SELECT contact_id FROM leader_agency WHERE agency_id = ?)", from, into);
        jdbc().update("UPDATE leader_agency SET agency_id = ? WHERE agency_id = ?", into, from);
        jdbc().update("DELETE FROM agency_group WHERE agency_id = ? AND name_key IN"
                + " (SELECT name_key FROM agency_group WHERE agency_id = ?)", from, into);
        jdbc().update("UPDATE agency_group SET agency_id = ? WHERE agency_id = ?", into, from);
        jdbc().update("DELETE FROM unreached WHERE agency_id = ? AND EXISTS (SELECT 1 FROM unreached u"
                + " WHERE u.agency_id = ? AND u.milestone_id = unreached.milestone_id AND u.kind = unreached.kind"
                + " AND u.point_on = unreached.point_on)", from, into);
        jdbc().update("UPDATE unreached SET agency_id = ? WHERE agency_id = ?", into, from);
        // Past weeks' counts stay comparable: the merged agency's are added to the target's of the same week.
        jdbc().update("UPDATE digest_snapshot SET count = count + (SELECT d.count FROM digest_snapshot d"
                + " WHERE d.agency_id = ? AND d.week_on = digest_snapshot.week_on AND d.scope_key = digest_snapshot.scope_key"
                + " AND d.status = digest_snapshot.status) WHERE agency_id = ? AND EXISTS (SELECT 1 FROM digest_snapshot d"
                + " WHERE d.agency_id = ? AND d.week_on = digest_snapshot.week_on AND d.scope_key = digest_snapshot.scope_key"
                + " AND d.status = digest_snapshot.status)", from, into, from);
        jdbc().update("DELETE FROM digest_snapshot WHERE agency_id = ? AND EXISTS (SELECT 1 FROM digest_snapshot d"
                + " WHERE d.agency_id = ? AND d.week_on = digest_snapshot.week_on AND d.scope_key = digest_snapshot.scope_key"
                + " AND d.status = digest_snapshot.status)", from, into);
        jdbc().update("UPDATE digest_snapshot SET agency_id = ? WHERE agency_id = ?", into, from);
        jdbc().update("UPDATE agency_alias SET agency_id = ? WHERE agency_id = ?", into, from);
        jdbc().update("DELETE FROM agency WHERE id = ?", from);
        return taskIds;
    }

    /** How many contacts (deactivated or not) belong to the agency. */
    public int contactCount(long agencyId) {
        Integer n = jdbc().queryForObject("SELECT count(*) FROM contact WHERE agency_id = ?", Integer.class, agencyId);
        return n == null ? 0 : n;
    }

    /** The register is opened on first use, not when this is built. */
    private JdbcTemplate jdbc() {
        return db.jdbc();
    }
}
