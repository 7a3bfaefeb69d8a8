package vn.dondoc.scheduler.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.task.MilestoneStatus;

/**
 * The figures each week's digest reported, kept so that next week's change is measured against what
 * leaders were actually told, even if the register is corrected in between. The first real run of
 * the week writes them; later runs of that week leave them as they are.
 */
@Component
public final class DigestSnapshots {

    private final RegisterDatabase db;

    public DigestSnapshots(RegisterDatabase db) {
        this.db = db;
    }

    Optional<Map<MilestoneStatus, Integer>> totals(LocalDate week, String scopeKey) {
        Map<MilestoneStatus, Integer> totals = new EnumMap<>(MilestoneStatus.class);
        jdbc().query("SELECT status, count FROM digest_snapshot WHERE week_on = ? AND scope_key = ? AND agency_id IS NULL",
                rs -> {
                    totals.put(MilestoneStatus.valueOf(rs.getString(1)), rs.getInt(2));
                }, week.toString(), scopeKey);
        return totals.isEmpty() ? Optional.empty() : Optional.of(Digest.complete(totals));
    }

    /** Stores the digest's totals and agency rows for its week and scope, unless already stored; true if written. */
    boolean write(Digest digest, Instant at) {
        return db.inTransaction(() -> {
            Integer stored = jdbc().queryForObject("SELECT count(*) FROM digest_snapshot WHERE week_on = ? AND scope_key = ?",
                    Integer.class, digest.week().toString(), digest.scope().key());
            if (stored != null && stored > 0) {
                return false;
            }
            for (MilestoneStatus status : MilestoneStatus.values()) {
                insert(digest, null, status, digest.total(status), at);
            }
            for (Digest.AgencyRow row : digest.agencies()) {
                for (MilestoneStatus status : MilestoneStatus.values()) {
                    insert(digest, row.agencyId(), status, row.count(status), at);
                }
            }
            return true;
        });
    }

    private void insert(Digest digest, Long agencyId, MilestoneStatus status, int count, Instant at) {
        jdbc().update("INSERT INTO digest_snapshot (week_on, scope_key, agency_id, status, count, taken_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                digest.week().toString(), digest.scope().key(), agencyId, status.name(), count, at.toString());
    }

    /** The register is opened on first use, not when this is built. */
    private JdbcTemplate jdbc() {
        return db.jdbc();
    }
}
