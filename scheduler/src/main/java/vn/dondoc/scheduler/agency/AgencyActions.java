package vn.dondoc.scheduler.agency;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.task.Caller;
import vn.dondoc.scheduler.task.TaskHistory;
import vn.dondoc.scheduler.text.VietnameseText;

/**
 * What the office does about agencies by hand: add one, add or remove another name it goes by, rename it, merge it
 * into another (the 2025 reorganisation merged departments: "Sở Kế hoạch và Đầu tư" into "Sở Tài chính"). One
 * transaction each; a refusal is a {@link DondocException} with an {@link AgencyError}, and changes nothing.
 */
@Service
public class AgencyActions {

    /** The history action of a task whose agency was merged into another. */
    public static final String MERGED = "AGENCY_MERGED";

    private final RegisterDatabase db;
    private final AgencyRegister agencies;
    private final TaskHistory history;

    public AgencyActions(RegisterDatabase db, AgencyRegister agencies, TaskHistory history) {
        this.db = db;
        this.agencies = agencies;
        this.history = history;
    }

    /** A new agency; refused when the name is empty or already some agency's name or alias. */
    public Agency add(String name) {
        String cleaned = required(name);
        return db.inTransaction(() -> {
            requireFree(cleaned);
            return agencies.create(cleaned);
        });
    }

    /** Another way documents write the agency, so the next import matches it; refused when some agency has it. */
    public Agency addAlias(long agencyId, String alias) {
        String cleaned = required(alias);
        return db.inTransaction(() -> {
            require(agencyId);
            requireFree(cleaned);
            agencies.addAlias(agencyId, cleaned);
            return require(agencyId);
        });
    }

    /** Forgets one of the agency's other names (one written wrongly, or given to the wrong agency). */
    public Agency removeAlias(long agencyId, String alias) {
        return db.inTransaction(() -> {
            Agency agency = require(agencyId);
            if (!agencies.removeAlias(agencyId, alias == null ? "" : alias)) {
                throw new DondocException(AgencyError.ALIAS_NOT_FOUND, alias, agency.name());
            }
            return require(agencyId);
        });
    }

    /**
     * A new name for the agency. The old one becomes an alias, so documents that still write it find the agency;
     * renaming to one of its own aliases swaps the two. Refused when another agency goes by the new name.
     */
    public Agency rename(long agencyId, String name) {
        String cleaned = required(name);
        return db.inTransaction(() -> {
            Agency agency = require(agencyId);
            agencies.holderOf(cleaned).filter(a -> a.id() != agencyId).ifPresent(a -> {
                throw new DondocException(AgencyError.NAME_TAKEN, cleaned, a.name());
            });
            if (AgencyNames.key(agency.name()).equals(AgencyNames.key(cleaned))) {
                agencies.rename(agencyId, cleaned);
                return require(agencyId);
            }
            agencies.removeAlias(agencyId, cleaned);
            agencies.rename(agencyId, cleaned);
            agencies.addAlias(agencyId, agency.name());
            return require(agencyId);
        });
    }

    /**
     * Merges agency {@code fromId} into {@code intoId}: its tasks, indicators and contacts go to the target, its name
     * and aliases become the target's aliases (a 2024 register naming it still imports to the target), and it is
     * gone. Every task moved gets a history entry by {@code caller}. A merge into itself is refused. Cannot be undone.
     */
    public AgencyMerged merge(long fromId, long intoId, Caller caller) {
        return db.inTransaction(() -> {
            Agency from = require(fromId);
            if (fromId == intoId) {
                throw new DondocException(AgencyError.SELF_MERGE, from.name());
            }
            Agency into = require(intoId);
            int contacts = agencies.contactCount(fromId);
            List<Long> tasks = agencies.moveInto(fromId, intoId);
            agencies.addAlias(intoId, from.name());
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("from", from.name());
            detail.put("into", into.name());
            for (long taskId : tasks) {
                history.append(taskId, null, caller.actor(), MERGED, detail);
            }
            return new AgencyMerged(from, require(intoId), tasks.size(), contacts);
        });
    }

    private Agency require(long agencyId) {
        return agencies.byId(agencyId).orElseThrow(() -> new DondocException(AgencyError.NOT_FOUND, agencyId));
    }

    private void requireFree(String name) {
        agencies.holderOf(name).ifPresent(a -> {
            throw new DondocException(AgencyError.NAME_TAKEN, name, a.name());
        });
    }

    private static String required(String name) {
        String cleaned = name == null ? "" : VietnameseText.clean(name);
        if (cleaned == null || cleaned.isBlank()) {
            throw new DondocException(AgencyError.NAME_MISSING);
        }
        return cleaned.strip();
    }
}
