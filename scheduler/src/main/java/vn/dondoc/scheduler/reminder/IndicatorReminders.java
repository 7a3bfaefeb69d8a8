package vn.dondoc.scheduler.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dondoc.scheduler.calendar.OfficeDays;
import vn.dondoc.scheduler.contact.Recipients;
import vn.dondoc.scheduler.indicator.IndicatorLine;
import vn.dondoc.scheduler.indicator.IndicatorRegister;
import vn.dondoc.scheduler.indicator.Period;
import vn.dondoc.scheduler.register.RegisterDatabase;

/**
 * Each period end of an indicator is a milestone for its agency in charge: on the period's end (the last working day
 * on or before it) a reminder asks for the figure with its target, then every few working days while no figure
 * comes, escalated to the head and then to the office and the leader in charge like an overdue task. Planned and
 * recorded in indicator_delivery exactly as task reminders are in delivery; {@link ReminderRun} sends both in one
 * message per chat.
 */
@Component
public class IndicatorReminders {

    private final RegisterDatabase db;
    private final IndicatorRegister indicators;
    private final OfficeDays officeDays;
    private final ReminderPolicy policy;

    public IndicatorReminders(RegisterDatabase db, IndicatorRegister indicators, OfficeDays officeDays, ReminderPolicy policy) {
        this.db = db;
        this.indicators = indicators;
        this.officeDays = officeDays;
        this.policy = policy;
    }

    /** The rows a reminder planner keeps: one point of one period for one contact. */
    record Planned(long deliveryId, long indicatorId, Period period, long contactId, long chatId, ReminderKind kind,
                   int workingDays, LocalDate pointOn, boolean escalated) {

        Key key() {
            return new Key(indicatorId, period, contactId, kind, pointOn);
        }

        record Key(long indicatorId, Period period, long contactId, ReminderKind kind, LocalDate pointOn) {
        }
    }

    /** The indicators as of the day, and the new points reached by {@code lastEligible}, not planned before. */
    Plan plan(LocalDate day, LocalDate lastEligible, Recipients.Active recipients) {
        WorkingDays calendar = new WorkingDays(officeDays.calendar());
        Map<Long, IndicatorLine> lines = new LinkedHashMap<>();
        List<Planned> candidates = new ArrayList<>();
        for (IndicatorLine line : indicators.lines(null, day)) {
            lines.put(line.id(), line);
            for (Period period : line.targets().keySet()) {
                if (line.actuals().containsKey(period)) {
                    continue;
                }
                LocalDate end = line.end(period);
                int k = policy.latestOverduePoint(calendar.countBetween(end, lastEligible));
                ReminderKind kind;
                LocalDate on;
                if (k > 0) {
                    kind = ReminderKind.OVERDUE;
                    on = calendar.shift(end, k);
                } else {
                    kind = ReminderKind.DUE;
                    on = calendar.onOrBefore(end);
                    if (on.isAfter(lastEligible)) {
                        continue;
                    }
                }
                Map<Long, Boolean> to = new LinkedHashMap<>();
                for (long agency : line.agencyIds()) {
                    recipients.regular(agency).forEach(c -> to.put(c, false));
                    if (k >= policy.escalateToHeadAfter() && !recipients.staff(agency).isEmpty()) {
                        recipients.heads(agency).forEach(c -> to.putIfAbsent(c, true));
                    }
                    if (k >= policy.escalateToOfficeAfter()) {
                        recipients.office().forEach(c -> to.putIfAbsent(c, true));
                        recipients.leadersInCharge(agency).forEach(c -> to.putIfAbsent(c, true));
                    }
                }
                int workingDays = k;
                to.forEach((contact, escalated) -> candidates.add(new Planned(0, line.id(), period, contact,
                        recipients.chat(contact), kind, workingDays, on, escalated)));
            }
        }
        return new Plan(lines, withoutThosePlannedBefore(candidates));
    }

    record Plan(Map<Long, IndicatorLine> lines, List<Planned> planned) {
    }

    int insertPending(List<Planned> planned, Instant at) {
        int[][] counts = jdbc().batchUpdate("INSERT INTO indicator_delivery (indicator_id, period, contact_id, chat_id, kind,"
                        + " working_days, point_on, escalated, planned_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING')"
                        + " ON CONFLICT DO NOTHING",
                planned, 1000, (ps, p) -> {
                    ps.setLong(1, p.indicatorId());
                    ps.setString(2, p.period().key());
                    ps.setLong(3, p.contactId());
                    ps.setLong(4, p.chatId());
                    ps.setString(5, p.kind().name());
                    ps.setInt(6, p.workingDays());
                    ps.setString(7, p.pointOn().toString());
                    ps.setInt(8, p.escalated() ? 1 : 0);
                    ps.setString(9, at.toString());
                });
        int inserted = 0;
        for (int[] batch : counts) {
            for (int n : batch) {
                inserted += Math.max(n, 0);
            }
        }
        return inserted;
    }

    List<Planned> pending() {
        return jdbc().query("SELECT id, indicator_id, period, contact_id, chat_id, kind, working_days, point_on, escalated"
                        + " FROM indicator_delivery WHERE status = 'PENDING' ORDER BY id",
                (rs, n) -> new Planned(rs.getLong(1), rs.getLong(2), Period.ofKey(rs.getString(3)).orElseThrow(), rs.getLong(4),
                        rs.getLong(5), ReminderKind.valueOf(rs.getString(6)), rs.getInt(7), LocalDate.parse(rs.getString(8)),
                        rs.getInt(9) == 1));
    }

    /** The reminder a message shows for a row, or null when it is no longer wanted (the figure came, the contact left). */
    IndicatorReminder reminder(Planned row, Map<Long, IndicatorLine> lines) {
        IndicatorLine line = lines.get(row.indicatorId());
        if (line == null || line.actuals().containsKey(row.period()) || !line.targets().containsKey(row.period())) {
            return null;
        }
        return new IndicatorReminder(row.deliveryId(), line.id(), row.period(), line.source(), line.item(), line.fullName(),
                line.unit(), line.targets().get(row.period()).written(), line.end(row.period()), line.agencies(), row.kind(),
                row.workingDays(), row.pointOn(), row.escalated());
    }

    void deleteStale(List<Long> ids) {
        jdbc().batchUpdate("DELETE FROM indicator_delivery WHERE id = ? AND status = 'PENDING'", ids, 500,
                (ps, id) -> ps.setLong(1, id));
    }

    void update(List<Long> ids, String status, String messageIds, String reason, String at) {
        jdbc().batchUpdate("UPDATE indicator_delivery SET status = ?, message_ids = ?, reason = ?, finished_at = ? WHERE id = ?",
                ids, 500, (ps, id) -> {
                    ps.setString(1, status);
                    ps.setString(2, messageIds);
                    ps.setString(3, reason);
                    ps.setString(4, at);
                    ps.setLong(5, id);
                });
    }

    void blocked(long contactId, String reason, String at) {
        jdbc().update("UPDATE indicator_delivery SET status = 'BLOCKED', reason = ?, finished_at = ?"
                + " WHERE contact_id = ? AND status = 'PENDING'", reason, at, contactId);
    }

    private List<Planned> withoutThosePlannedBefore(List<Planned> candidates) {
        if (candidates.isEmpty()) {
            return candidates;
        }
        LocalDate earliest = candidates.stream().map(Planned::pointOn).min(LocalDate::compareTo).orElseThrow();
        Set<Planned.Key> known = new HashSet<>();
        jdbc().query("SELECT indicator_id, period, contact_id, kind, point_on FROM indicator_delivery WHERE point_on >= ?", rs -> {
            known.add(new Planned.Key(rs.getLong(1), Period.ofKey(rs.getString(2)).orElseThrow(), rs.getLong(3),
                    ReminderKind.valueOf(rs.getString(4)), LocalDate.parse(rs.getString(5))));
        }, earliest.toString());
        return candidates.stream().filter(c -> !known.contains(c.key())).toList();
    }

    private JdbcTemplate jdbc() {
        return db.jdbc();
    }

    /** For a register without indicators, or tools that plan tasks only. */
    static Map<Long, IndicatorLine> noLines() {
        return new HashMap<>();
    }
}
