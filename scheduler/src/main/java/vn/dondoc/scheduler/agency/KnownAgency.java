package vn.dondoc.scheduler.agency;

import java.util.List;
import java.util.Objects;

/** An agency in the register: its id, its name and the other ways it has been written. */
public record KnownAgency(long id, String name, List<String> aliases) {

    public KnownAgency {
        Objects.requireNonNull(name, "name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public KnownAgency(long id, String name) {
        this(id, name, List.of());
    }
}
