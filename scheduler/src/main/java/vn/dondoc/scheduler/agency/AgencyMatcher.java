package vn.dondoc.scheduler.agency;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds which known agency a written name means. First by {@link AgencyNames#key} (EXACT), then
 * by aligning abbreviations with written-out words (EQUIVALENT, see {@link NameTokens}): "Sở
 * NN&amp;PTNT" is "Sở Nông nghiệp và Phát triển nông thôn". Not thread-safe: an import builds one,
 * and {@link #add}s the agencies it creates as it goes.
 */
public final class AgencyMatcher {

    public enum Kind {
        /** Same key as a name or alias of exactly one agency. */
        EXACT,
        /** Not the same key, but the same name with abbreviations, for exactly one agency. */
        EQUIVALENT,
        /** Several agencies fit (all in {@code ids}); the caller should not guess. */
        AMBIGUOUS,
        /** No agency fits; {@code ids} is empty. */
        NONE
    }

    public record Match(Kind kind, List<Long> ids) {

        public Match {
            ids = List.copyOf(ids);
        }
    }

    private record Written(long id, NameTokens tokens) {
    }

    private final Map<String, Set<Long>> idsByKey = new HashMap<>();
    private final List<Written> written = new ArrayList<>();

    public AgencyMatcher(Collection<Agency> known) {
        known.forEach(this::add);
    }

    public AgencyMatcher() {
    }

    /** Makes an agency known, with its name and aliases; adding an id again adds its new names. */
    public void add(Agency agency) {
        List<String> names = new ArrayList<>();
        names.add(agency.name());
        names.addAll(agency.aliases());
        for (String name : names) {
            String key = AgencyNames.key(name);
            if (key.isEmpty()) {
                continue;
            }
            idsByKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(agency.id());
            written.add(new Written(agency.id(), NameTokens.of(name)));
        }
    }

    public Match match(String name) {
        String key = AgencyNames.key(name);
        if (key == null || key.isEmpty()) {
            return new Match(Kind.NONE, List.of());
        }
        Set<Long> exact = idsByKey.get(key);
        if (exact != null) {
            return new Match(exact.size() == 1 ? Kind.EXACT : Kind.AMBIGUOUS, new ArrayList<>(exact));
        }
        NameTokens tokens = NameTokens.of(name);
        Set<Long> equivalent = new LinkedHashSet<>();
        for (Written candidate : written) {
            if (tokens.equivalentTo(candidate.tokens())) {
                equivalent.add(candidate.id());
            }
        }
        return switch (equivalent.size()) {
            case 0 -> new Match(Kind.NONE, List.of());
            case 1 -> new Match(Kind.EQUIVALENT, new ArrayList<>(equivalent));
            default -> new Match(Kind.AMBIGUOUS, new ArrayList<>(equivalent));
        };
    }
}
