package vn.dondoc.scheduler.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dondoc.scheduler.register.RegisterDatabase;

/** The indicators as of a day, read with a few set-based queries: figures, the actuals in force, standings. */
@Component
public class IndicatorRegister {

    private final RegisterDatabase db;

    public IndicatorRegister(RegisterDatabase db) {
        this.db = db;
    }

    /** Every indicator, or those an agency is in charge of, in document order. */
    public List<IndicatorLine> lines(Long agencyId, LocalDate day) {
        return read(agencyId, null, day);
    }

    public Optional<IndicatorLine> line(long id, LocalDate day) {
        return read(null, id, day).stream().findFirst();
    }

    private List<IndicatorLine> read(Long agencyId, Long id, LocalDate day) {
        JdbcTemplate jdbc = db.jdbc();
        String where = id != null ? " WHERE i.id = ?"
                : agencyId != null ? " WHERE i.id IN (SELECT indicator_id FROM indicator_agency WHERE agency_id = ?)"
                : "";
        Object[] args = id != null ? new Object[] {id} : agencyId != null ? new Object[] {agencyId} : new Object[0];
        Map<Long, List<String>> agencies = new HashMap<>();
        Map<Long, List<Long>> agencyIds = new HashMap<>();
        jdbc.query("SELECT ia.indicator_id, a.id, a.name FROM indicator_agency ia JOIN agency a ON a.id = ia.agency_id"
                + " ORDER BY ia.indicator_id, ia.position", rs -> {
            agencies.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(3));
            agencyIds.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
        });
        Map<Long, Map<String, Figure>> figures = new HashMap<>();
        jdbc.query("SELECT indicator_id, column_key, written, kind, low, high FROM indicator_figure", rs -> {
            figures.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2),
                    new Figure(rs.getString(3), Figure.Kind.valueOf(rs.getString(4)), decimal(rs.getString(5)), decimal(rs.getString(6))));
        });
        Map<Long, Map<Period, Actual>> actuals = new HashMap<>();
        // Reports made after the day are not known on it; the latest one before is in force.
        String endOfDay = day.plusDays(1).atStartOfDay(vn.dondoc.scheduler.register.OfficeZone.ID).toInstant().toString();
        jdbc.query("SELECT indicator_id, period, written, value, actor, contact_id, reported_at FROM indicator_actual"
                + " WHERE reported_at < ? ORDER BY id", rs -> {
            Period period = Period.ofKey(rs.getString(2)).orElseThrow();
            long contact = rs.getLong(6);
            Long contactId = rs.wasNull() ? null : contact;
            actuals.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Period.class)).put(period, new Actual(period,
                    rs.getString(3), new BigDecimal(rs.getString(4)), rs.getString(5), contactId, Instant.parse(rs.getString(7))));
        }, endOfDay);
        return jdbc.query("SELECT i.*, s.number, s.plan_year FROM indicator i JOIN source_document s ON s.id = i.source_id"
                + where + " ORDER BY i.source_id, i.line, i.id", (rs, n) -> {
            long indicator = rs.getLong("id");
            int planYear = rs.getInt("plan_year");
            Direction direction = Direction.valueOf(rs.getString("direction"));
            Map<String, Figure> all = figures.getOrDefault(indicator, Map.of());
            Map<Period, Figure> targets = new EnumMap<>(Period.class);
            Map<Period, Standing> standings = new EnumMap<>(Period.class);
            Map<Period, Actual> reported = actuals.getOrDefault(indicator, Map.of());
            for (Period period : Period.values()) {
                Figure target = all.get(period.key());
                if (target != null && target.isNumber()) {
                    targets.put(period, target);
                    standings.put(period, Standing.of(target, direction, reported.get(period), period.end(planYear), day));
                }
            }
            return new IndicatorLine(indicator, rs.getString("number"), planYear, rs.getString("item"), rs.getString("tt"),
                    rs.getString("context"), rs.getString("name"), rs.getString("unit"),
                    agencies.getOrDefault(indicator, List.of()), agencyIds.getOrDefault(indicator, List.of()),
                    rs.getInt("agency_inherited") == 1, rs.getInt("part_of_above") == 1, direction,
                    rs.getString("direction_words"), all, targets, reported, standings);
        }, args);
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
