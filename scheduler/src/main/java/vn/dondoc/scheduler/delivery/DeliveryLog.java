package vn.dondoc.scheduler.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.dondoc.scheduler.register.OfficeZone;
import vn.dondoc.scheduler.register.RegisterDatabase;

/**
 * What was sent to whom, read back from the rows the passes write before and after sending: reminders
 * ({@code delivery}), weekly digests ({@code digest_delivery}), the office's notices ({@code office_notice}), and
 * reminder points no active contact could be told of ({@code unreached}). Newest first, a page at a time, for a
 * day (office time) and an outcome. Read only.
 */
@Component
public class DeliveryLog {

    public static final int PAGE_SIZE = 50;

    /** Every line as (at, kind, outcome, to, task_id, reminder_kind, day, reason); NULLs typed for PostgreSQL. */
    private static final String LINES = "SELECT coalesce(d.finished_at, d.planned_at) AS happened_at, 'REMINDER' AS kind, d.status AS outcome,"
            + " c.name AS recipient, d.task_id AS task_id, d.kind AS reminder_kind, d.point_on AS day, d.reason AS reason"
            + " FROM delivery d JOIN contact c ON c.id = d.contact_id"
            + " UNION ALL SELECT coalesce(g.finished_at, g.planned_at), 'DIGEST', g.status, c.name, CAST(NULL AS BIGINT),"
            + " CAST(NULL AS TEXT), g.week_on, g.reason FROM digest_delivery g JOIN contact c ON c.id = g.contact_id"
            + " UNION ALL SELECT coalesce(n.finished_at, n.planned_at), 'NOTICE', n.status, c.name, CAST(NULL AS BIGINT),"
            + " CAST(NULL AS TEXT), CAST(NULL AS TEXT), n.reason FROM office_notice n JOIN contact c ON c.id = n.contact_id"
            + " UNION ALL SELECT u.told_at, 'NOBODY', 'NOBODY', a.name, m.task_id, u.kind, u.point_on, CAST(NULL AS TEXT)"
            + " FROM unreached u JOIN agency a ON a.id = u.agency_id JOIN milestone m ON m.id = u.milestone_id";

    private final RegisterDatabase db;

    public DeliveryLog(RegisterDatabase db) {
        this.db = db;
    }

    /**
     * Page {@code page} (from 0) of the lines of {@code day} (office time; null: every day) with {@code outcome}
     * (null: any), newest first.
     */
    public DeliveryLogPage page(LocalDate day, LoggedDelivery.Outcome outcome, int page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (day != null) {
            // Instants are kept as ISO text in UTC; bounds without the zone letter compare right with or without
            // fractions of a second.
            where.append(" AND l.happened_at >= ? AND l.happened_at < ?");
            args.add(bound(day));
            args.add(bound(day.plusDays(1)));
        }
        if (outcome != null) {
            where.append(" AND l.outcome = ?");
            args.add(outcome.name());
        }
        String from = " FROM (" + LINES + ") l" + where;
        int wanted = Math.max(0, page);
        return db.inTransaction(() -> {
            int total = db.jdbc().queryForObject("SELECT count(*)" + from, Integer.class, args.toArray());
            List<Object> paged = new ArrayList<>(args);
            paged.add(PAGE_SIZE);
            paged.add((long) wanted * PAGE_SIZE);
            List<LoggedDelivery> lines = db.jdbc().query("SELECT l.*" + from
                            + " ORDER BY l.happened_at DESC, l.kind, l.recipient LIMIT ? OFFSET ?",
                    (rs, n) -> {
                        long task = rs.getLong("task_id");
                        Long taskId = rs.wasNull() ? null : task;
                        String dayText = rs.getString("day");
                        return new LoggedDelivery(Instant.parse(rs.getString("happened_at")),
                                LoggedDelivery.Kind.valueOf(rs.getString("kind")),
                                LoggedDelivery.Outcome.valueOf(rs.getString("outcome")), rs.getString("recipient"), taskId,
                                rs.getString("reminder_kind"), dayText == null ? null : LocalDate.parse(dayText),
                                rs.getString("reason"));
                    }, paged.toArray());
            return new DeliveryLogPage(lines, wanted, PAGE_SIZE, total);
        });
    }

    private static String bound(LocalDate day) {
        String utc = day.atStartOfDay(OfficeZone.ID).toInstant().toString();
        return utc.substring(0, utc.length() - 1);
    }
}
