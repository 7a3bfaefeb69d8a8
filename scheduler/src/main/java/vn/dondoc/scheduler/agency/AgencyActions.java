package vn.dondoc.scheduler.agency;

import org.springframework.stereotype.Service;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.text.VietnameseText;

/**
 * What the office does about agencies by hand: add one, add or remove another name it goes by, rename it. (Merging
 * one into another moves its tasks and writes their history, so it is {@code task/AgencyMerges}.) One transaction
 * each; a refusal is a {@link DondocException} with an {@link AgencyError}, and changes nothing.
 */
@Service
public class AgencyActions {

    private final RegisterDatabase db;
    private final AgencyRegister agencies;

    public AgencyActions(RegisterDatabase db, AgencyRegister agencies) {
        this.db = db;
        this.agencies = agencies;
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
