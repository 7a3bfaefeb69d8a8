package vn.dondoc.scheduler.task;

import java.util.List;

/** The agencies of one task: only a lead agency reports done or asks to extend; cooperating ones see it. */
public record TaskAgencies(long taskId, List<Long> lead, List<Long> cooperating) {

    public boolean leads(Long agencyId) {
        return agencyId != null && lead.contains(agencyId);
    }

    public boolean involves(Long agencyId) {
        return agencyId != null && (lead.contains(agencyId) || cooperating.contains(agencyId));
    }
}
