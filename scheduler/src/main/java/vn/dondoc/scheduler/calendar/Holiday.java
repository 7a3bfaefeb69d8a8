package vn.dondoc.scheduler.calendar;

import java.time.LocalDate;
import java.util.Objects;
import vn.dondoc.scheduler.text.VietnameseText;

/**
 * A day off with the Vietnamese name offices know it by.
 *
 * @param kind {@link Kind#PUBLIC} for a statutory holiday, {@link Kind#IN_LIEU} for the day off that
 *     replaces a holiday falling on a weekend, {@link Kind#OFFICE} for a day off the office loaded
 */
public record Holiday(LocalDate date, String name, Kind kind) {

    public enum Kind { PUBLIC, IN_LIEU, OFFICE }

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        name = VietnameseText.clean(Objects.requireNonNull(name, "name"));
    }
}
