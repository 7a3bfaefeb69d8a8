package vn.dondoc.scheduler.calendar;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dondoc.scheduler.register.RegisterDatabase;

/** The days the office loaded into the register, and the calendar they make with the statutory rule. */
@Component
public final class OfficeDays {

    private final RegisterDatabase db;

    public OfficeDays(RegisterDatabase db) {
        this.db = db;
    }

    public List<OfficeDay> all() {
        return jdbc().query("SELECT date, name, working FROM office_day ORDER BY date",
                (rs, n) -> new OfficeDay(LocalDate.parse(rs.getString(1)), rs.getString(2), rs.getInt(3) == 1));
    }

    /** Loads a day, replacing what was loaded for that date before. */
    public void save(OfficeDay day) {
        jdbc().update("INSERT INTO office_day (date, name, working) VALUES (?, ?, ?)"
                        + " ON CONFLICT (date) DO UPDATE SET name = excluded.name, working = excluded.working",
                day.date().toString(), day.name(), day.working() ? 1 : 0);
    }

    /** Forgets what was loaded for {@code date}; false when nothing was. */
    public boolean remove(LocalDate date) {
        return jdbc().update("DELETE FROM office_day WHERE date = ?", date.toString()) == 1;
    }

    public OfficeCalendar calendar() {
        return new OfficeCalendar(all());
    }

    /** The register is opened on first use, not when this is built. */
    private JdbcTemplate jdbc() {
        return db.jdbc();
    }
}
