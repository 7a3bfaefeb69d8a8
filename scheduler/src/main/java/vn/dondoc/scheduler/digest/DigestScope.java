package vn.dondoc.scheduler.digest;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which agencies a digest covers: all of them (the office, the Chairman) or those a leader is in
 * charge of. A milestone is in scope when one of its task's lead agencies is.
 */
public record DigestScope(Set<Long> agencyIds) {

    private static final DigestScope ALL = new DigestScope(null);

    public DigestScope {
        agencyIds = agencyIds == null ? null : Set.copyOf(new TreeSet<>(agencyIds));
    }

    public static DigestScope all() {
        return ALL;
    }

    /** Those agencies; none at all means all, as for a leader with no leader_agency rows. */
    public static DigestScope of(Collection<Long> agencyIds) {
        return agencyIds == null || agencyIds.isEmpty() ? ALL : new DigestScope(Set.copyOf(agencyIds));
    }

    public boolean isAll() {
        return agencyIds == null;
    }

    public boolean includes(long agencyId) {
        return agencyIds == null || agencyIds.contains(agencyId);
    }

    public boolean includesAny(Collection<Long> leadAgencyIds) {
        return agencyIds == null || leadAgencyIds.stream().anyMatch(agencyIds::contains);
    }

    /** A stable name for the snapshot table: "all" or "agencies:1,5,7". */
    public String key() {
        if (agencyIds == null) {
            return "all";
        }
        List<Long> sorted = new TreeSet<>(agencyIds).stream().toList();
        return "agencies:" + sorted.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
