package vn.dondoc.scheduler.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dondoc.scheduler.agency.Agency;
import vn.dondoc.scheduler.agency.AgencyMatcher;
import vn.dondoc.scheduler.agency.AgencyNames;
import vn.dondoc.scheduler.agency.AgencyRegister;
import vn.dondoc.scheduler.importing.ImportReport.NewAgency;
import vn.dondoc.scheduler.importing.ImportReport.RecognisedAgency;

/**
 * Turns the agency cells of an import into agency ids: a known agency however it is written (and the
 * new way of writing it is remembered), otherwise a new agency, reported so the office can check it.
 */
public final class AgencyResolver {

    private final AgencyRegister register;
    private final AgencyMatcher matcher;
    private final Map<Long, String> names = new HashMap<>();
    private final List<NewAgency> created = new ArrayList<>();
    private final List<RecognisedAgency> recognised = new ArrayList<>();
    private final Set<String> recognisedKeys = new HashSet<>();

    public AgencyResolver(AgencyRegister register) {
        this.register = register;
        List<Agency> known = register.all();
        known.forEach(a -> names.put(a.id(), a.name()));
        this.matcher = new AgencyMatcher(known);
    }

    /**
     * The agencies a cell names, in order. A phrase such as "các sở, ngành liên quan" or "Thanh tra sở" names a
     * group, not an agency: the agencies the office mapped it to ({@code agencies group}), else it goes to
     * {@code notes} as text. A lead cell that names only groups nobody mapped keeps the old way (the phrase
     * becomes an agency the office can see and map), so no row of a document is lost.
     */
    public List<Long> resolve(String cell, boolean lead, int line, List<String> notes) {
        List<Long> ids = new ArrayList<>();
        List<String> unmapped = new ArrayList<>();
        for (String name : AgencyNames.split(cell, this::isKnown)) {
            if (AgencyNames.key(name).isEmpty()) {
                continue;
            }
            if (AgencyNames.isGeneric(name) && !isKnown(name)) {
                List<Long> members = register.groupMembers(name);
                members.stream().filter(id -> !ids.contains(id)).forEach(ids::add);
                if (members.isEmpty()) {
                    unmapped.add(name);
                }
                continue;
            }
            long id = idOf(name, line);
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        if (lead && ids.isEmpty()) {
            unmapped.forEach(name -> ids.add(idOf(name, line)));
        } else {
            notes.addAll(unmapped);
        }
        return ids;
    }

    public List<NewAgency> created() {
        return List.copyOf(created);
    }

    public List<RecognisedAgency> recognised() {
        return List.copyOf(recognised);
    }

    private boolean isKnown(String name) {
        AgencyMatcher.Kind kind = matcher.match(name).kind();
        return kind == AgencyMatcher.Kind.EXACT || kind == AgencyMatcher.Kind.EQUIVALENT;
    }

    private long idOf(String name, int line) {
        AgencyMatcher.Match match = matcher.match(name);
        switch (match.kind()) {
            case EXACT:
                return match.ids().get(0);
            case EQUIVALENT: {
                long id = match.ids().get(0);
                // Learn the new form: the next document (and the next row) then matches it exactly.
                register.addAlias(id, name);
                matcher.add(new Agency(id, names.get(id), List.of(name)));
                if (recognisedKeys.add(AgencyNames.key(name))) {
                    recognised.add(new RecognisedAgency(name, names.get(id), line));
                }
                return id;
            }
            default: {
                // Ambiguous initials are not guessed: a new agency, with the candidates named for the office.
                List<String> possibly = match.ids().stream().map(names::get).toList();
                Agency agency = register.create(name);
                matcher.add(agency);
                names.put(agency.id(), agency.name());
                created.add(new NewAgency(agency.name(), line, possibly));
                return agency.id();
            }
        }
    }
}
