package vn.dondoc.scheduler.task;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.dondoc.scheduler.agency.Agency;
import vn.dondoc.scheduler.agency.AgencyError;
import vn.dondoc.scheduler.agency.AgencyRegister;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.register.RegisterDatabase;

/**
 * The office merges an agency into another (the 2025 reorganisation merged departments: "Sở Kế hoạch và Đầu tư" into
 * "Sở Tài chính"). It lives with the tasks because it moves them and writes their history; the agencies' other
 * changes are {@code agency/AgencyActions}. One transaction; a refusal is a {@link DondocException} with an
 * {@link AgencyError}, and changes nothing.
 */
@Service
public class AgencyMerges {

    /** The history action of a task whose agency was merged into another. */
    public static final String MERGED = "AGENCY_MERGED";

    private final RegisterDatabase db;
    private final AgencyRegister agencies;
    private final TaskHistory history;

    public AgencyMerges(RegisterDatabase db, AgencyRegister agencies, TaskHistory history) {
        this.db = db;
        this.agencies = agencies;
        this.history = history;
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
}
