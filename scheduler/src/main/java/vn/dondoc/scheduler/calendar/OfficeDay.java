package vn.dondoc.scheduler.calendar;

import java.time.LocalDate;
import java.util.Objects;
import vn.dondoc.scheduler.text.VietnameseText;

/**
 * A date whose status the office decides, overriding {@link VietnamHolidays}: {@code working=false}
 * is an extra day off (the Government's Tết schedule, a provincial day), {@code working=true} makes
 * the date a working day even if the rule says off (a make-up Saturday, a rule day the Government moved).
 * A blank name gets a generic one, since offices often load dates without a reason.
 */
public record OfficeDay(LocalDate date, String name, boolean working) {

    public OfficeDay {
        Objects.requireNonNull(date, "date");
        name = VietnameseText.clean(name);
        if (name == null || name.isEmpty()) {
            name = working ? "Ngày làm việc theo lịch của cơ quan" : "Ngày nghỉ theo lịch của cơ quan";
        }
    }
}
