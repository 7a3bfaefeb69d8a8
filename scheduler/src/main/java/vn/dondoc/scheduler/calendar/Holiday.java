package vn.dondoc.scheduler.calendar;

import java.time.LocalDate;
import java.util.Objects;
import vn.dondoc.scheduler.text.VietnameseText;

/**
 * A day off with the Vietnamese name offices know it by, and where it comes from.
 *
 * @param kind {@link Kind#PUBLIC} for a statutory holiday, {@link Kind#IN_LIEU} for the day off that
 *     replaces a holiday falling on a weekend (both by the Labour Code's rule), {@link Kind#ANNOUNCED} for a
 *     day of the Government's announced schedule, {@link Kind#OFFICE} for a day off the office loaded
 * @param document the number of the announcing document for {@link Kind#ANNOUNCED}, else null
 */
public record Holiday(LocalDate date, String name, Kind kind, String document) {

    public enum Kind { PUBLIC, IN_LIEU, ANNOUNCED, OFFICE }

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        name = VietnameseText.clean(Objects.requireNonNull(name, "name"));
        if ((kind == Kind.ANNOUNCED) != (document != null)) {
            throw new IllegalArgumentException("An announced day, and only it, names its document: " + date);
        }
    }

    public Holiday(LocalDate date, String name, Kind kind) {
        this(date, name, kind, null);
    }
}
