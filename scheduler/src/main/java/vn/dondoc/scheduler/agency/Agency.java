package vn.dondoc.scheduler.agency;

import java.util.List;
import java.util.Objects;

/** An agency in the register: its id, its name and the other ways it has been written. */
public record Agency(long id, String name, List<String> aliases) {

    public Agency {
        Objects.requireNonNull(name, "name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public Agency(long id, String name) {
        this(id, name, List.of());
    }
}
