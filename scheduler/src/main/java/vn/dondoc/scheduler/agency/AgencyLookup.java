package vn.dondoc.scheduler.agency;

import java.util.List;

/** What a written name means in the register: one agency, several (ambiguous), or none. */
public record AgencyLookup(AgencyMatcher.Kind kind, List<Agency> agencies) {

    public AgencyLookup {
        agencies = List.copyOf(agencies);
    }
}
