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
 *
 * <p>Works in memory, before the import's transaction (matching is the slow part, and the register is not
 * held meanwhile): a new agency gets a provisional negative id, and {@link #apply} then writes the new
 * agencies and the new ways of writing, inside the transaction, and says which real id each provisional one became.
 */
public final class AgencyResolver {

    private final AgencyMatcher matcher;
    private final Map<Long, String> names = new HashMap<>();
    private final List<Pending> pending = new ArrayList<>();
    private final List<Alias> aliases = new ArrayList<>();
    private final List<NewAgency> created = new ArrayList<>();
    private final List<RecognisedAgency> recognised = new ArrayList<>();
    private final Set<String> recognisedKeys = new HashSet<>();
    private final Map<String, List<Long>> groups = new HashMap<>();

    /** Reads the agencies and the office's group words now; nothing is written until {@link #apply}. */
    public AgencyResolver(AgencyRegister register) {
        this(register.all(), register.groups());
    }

    /**
     * @param known  the register's agencies with their ways of writing
     * @param groups group words (as the office wrote them) and the agencies each stands for
     */
    AgencyResolver(List<Agency> known, Map<String, List<Long>> groups) {
        groups.forEach((words, ids) -> this.groups.put(AgencyNames.key(words), List.copyOf(ids)));
        known.forEach(a -> names.put(a.id(), a.name()));
        this.matcher = new AgencyMatcher(known);
    }

    private record Pending(long provisionalId, String name, int line, List<String> possibly) {
    }

    private record Alias(long agencyId, String name) {
    }

    /** Writes the new agencies and ways of writing (call once, after the last resolve); returns the real id of each provisional one. */
    public Map<Long, Long> apply(AgencyRegister register) {
        Map<Long, Long> real = new HashMap<>();
        for (Pending p : pending) {
            Agency agency = register.create(p.name());
            real.put(p.provisionalId(), agency.id());
            created.add(new NewAgency(agency.name(), p.line(), p.possibly()));
        }
        for (Alias alias : aliases) {
            register.addAlias(real.getOrDefault(alias.agencyId(), alias.agencyId()), alias.name());
        }
        return real;
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
                List<Long> members = groups.getOrDefault(AgencyNames.key(name), List.of());
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
                aliases.add(new Alias(id, name));
                matcher.add(new Agency(id, names.get(id), List.of(name)));
                if (recognisedKeys.add(AgencyNames.key(name))) {
                    recognised.add(new RecognisedAgency(name, names.get(id), line));
                }
                return id;
            }
            default: {
                // Ambiguous initials are not guessed: a new agency, with the candidates named for the office.
                List<String> possibly = match.ids().stream().map(names::get).toList();
                long provisional = -(pending.size() + 1L);
                matcher.add(new Agency(provisional, name, List.of()));
                names.put(provisional, name);
                pending.add(new Pending(provisional, name, line, possibly));
                return provisional;
            }
        }
    }
}
