package vn.dondoc.scheduler.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import vn.dondoc.scheduler.deadline.DeadlineKind;
import vn.dondoc.scheduler.register.OfficeZone;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.task.MilestoneLine;
import vn.dondoc.scheduler.task.MilestoneStatus;
import vn.dondoc.scheduler.task.TaskQuery;
import vn.dondoc.scheduler.task.TaskRegister;

/**
 * Works out which reminders are due at an instant: per milestone and recipient, only the latest
 * point already reached, and only if it was never planned. So a missed day is caught up by one
 * reminder, and a second run at the same instant plans nothing.
 *
 * <p>Everything is read with a handful of set-based queries (statuses come from
 * {@link TaskRegister#milestones}), then planned in memory: the cost grows with the register, not
 * with a query per task.
 */
@Component
public final class ReminderPlanner {

    private final RegisterDatabase db;
    private final TaskRegister tasks;
    private final OfficeDays officeDays;
    private final Recipients recipients;
    private final ReminderPolicy policy;

    public ReminderPlanner(RegisterDatabase db, TaskRegister tasks, OfficeDays officeDays, Recipients recipients,
                           ReminderPolicy policy) {
        this.db = db;
        this.tasks = tasks;
        this.officeDays = officeDays;
        this.recipients = recipients;
        this.policy = policy;
    }

    Plan plan(Instant now) {
        LocalDateTime local = LocalDateTime.ofInstant(now, OfficeZone.ID);
        LocalDate day = local.toLocalDate();
        // Points of today count only from sendAt; earlier points are always reached.
        LocalDate lastEligible = local.toLocalTime().isBefore(policy.sendAt()) ? day.minusDays(1) : day;

        JdbcTemplate jdbc = db.jdbc();
        List<MilestoneLine> lines = tasks.milestones(TaskQuery.all(day));
        Recipients.Active recipients = this.recipients.active();
        Map<Long, List<Long>> leadAgencies = leadAgencies(jdbc);
        Map<Long, LocalDate> issued = issueDatesOfTasksWithoutDeadline(jdbc);
        Set<Mutes.Pair> muted = Mutes.mutedOn(jdbc, day);
        WorkingDays calendar = new WorkingDays(officeDays.calendar());

        Map<Long, MilestoneLine> byId = new LinkedHashMap<>();
        Map<Long, Integer> order = new HashMap<>();
        List<PlannedReminder> candidates = new ArrayList<>();
        List<UnreachedPoint> unreached = new ArrayList<>();
        for (MilestoneLine line : lines) {
            byId.put(line.milestoneId(), line);
            order.put(line.milestoneId(), order.size());
            Points points = points(line, lastEligible, calendar, issued);
            if (points == null) {
                continue;
            }
            Map<Long, Boolean> to = new LinkedHashMap<>();
            for (long agency : leadAgencies.getOrDefault(line.taskId(), List.of())) {
                if (recipients.regular(agency).isEmpty()) {
                    unreached.add(new UnreachedPoint(line.milestoneId(), agency, points.latest.kind, points.latest.on));
                }
                recipients.regular(agency).forEach(c -> to.put(c, false));
                if (points.escalationK >= policy.escalateToHeadAfter() && !recipients.staff(agency).isEmpty()) {
                    recipients.heads(agency).forEach(c -> to.putIfAbsent(c, true));
                }
                if (points.escalationK >= policy.escalateToOfficeAfter()) {
                    recipients.office().forEach(c -> to.putIfAbsent(c, true));
                    recipients.leadersInCharge(agency).forEach(c -> to.putIfAbsent(c, true));
                }
            }
            to.forEach((contact, escalated) -> {
                if (!muted.contains(new Mutes.Pair(contact, line.taskId()))) {
                    Point p = points.latest;
                    candidates.add(new PlannedReminder(0, line.milestoneId(), line.taskId(), contact,
                            recipients.chat(contact), p.kind, p.workingDays, p.on, escalated));
                }
            });
        }
        List<PlannedReminder> planned = withoutThosePlannedBefore(jdbc, candidates);
        return new Plan(day, lastEligible, planned, byId, order, recipients, withoutThoseToldBefore(jdbc, unreached),
                agencyNames(jdbc));
    }

    /**
     * The latest point of {@code line} reached by {@code lastEligible}, or null: countdown and due
     * day for open milestones with a date, overdue points after it, check-ins without a deadline.
     * UNPARSED tasks get nothing: their date is unknown, so any reminder would be a guess; the import
     * summary already tells the office to fix them.
     */
    private Points points(MilestoneLine line, LocalDate lastEligible, WorkingDays calendar, Map<Long, LocalDate> issued) {
        MilestoneStatus status = line.status();
        if (line.due() != null && (status == MilestoneStatus.OPEN_ON_TIME || status == MilestoneStatus.OPEN_OVERDUE)) {
            LocalDate due = line.due();
            int late = calendar.countBetween(due, lastEligible);
            int k = policy.latestOverduePoint(late);
            if (k > 0) {
                return new Points(new Point(ReminderKind.OVERDUE, k, calendar.shift(due, k)), k);
            }
            LocalDate dueDay = calendar.onOrBefore(due);
            if (!dueDay.isAfter(lastEligible)) {
                return new Points(new Point(ReminderKind.DUE, 0, dueDay), 0);
            }
            List<Integer> before = policy.daysBefore();
            for (int i = before.size() - 1; i >= 0; i--) {
                LocalDate on = calendar.shift(due, -before.get(i));
                if (!on.isAfter(lastEligible)) {
                    return new Points(new Point(ReminderKind.BEFORE, before.get(i), on), 0);
                }
            }
            return null;
        }
        if (status == MilestoneStatus.NO_DEADLINE && line.kind() == DeadlineKind.NONE) {
            LocalDate from = issued.get(line.taskId());
            if (from == null) {
                return null;
            }
            Point latest = null;
            for (int i = 1; ; i++) {
                LocalDate on = calendar.onOrAfter(from.plusMonths((long) i * policy.checkInEveryMonths()));
                if (on.isAfter(lastEligible)) {
                    break;
                }
                latest = new Point(ReminderKind.CHECK_IN, 0, on);
            }
            return latest == null ? null : new Points(latest, 0);
        }
        return null;
    }

    /** Drops candidates whose (milestone, contact, kind, day) is already in the register, in any status. */
    private static List<PlannedReminder> withoutThosePlannedBefore(JdbcTemplate jdbc, List<PlannedReminder> candidates) {
        if (candidates.isEmpty()) {
            return candidates;
        }
        // Latest points are recent (within the longest countdown or check-in period), so this reads few rows.
        LocalDate earliest = candidates.stream().map(PlannedReminder::pointOn).min(LocalDate::compareTo).orElseThrow();
        Set<PlannedReminder.Key> known = new HashSet<>();
        jdbc.query("SELECT milestone_id, contact_id, kind, point_on FROM delivery WHERE point_on >= ?", rs -> {
            known.add(new PlannedReminder.Key(rs.getLong(1), rs.getLong(2), ReminderKind.valueOf(rs.getString(3)),
                    LocalDate.parse(rs.getString(4))));
        }, earliest.toString());
        return candidates.stream().filter(c -> !known.contains(c.key())).toList();
    }

    /** Drops unreached points the office was already told of, so an hourly pass does not repeat them. */
    private static List<UnreachedPoint> withoutThoseToldBefore(JdbcTemplate jdbc, List<UnreachedPoint> points) {
        if (points.isEmpty()) {
            return points;
        }
        LocalDate earliest = points.stream().map(UnreachedPoint::pointOn).min(LocalDate::compareTo).orElseThrow();
        Set<UnreachedPoint> told = new HashSet<>();
        jdbc.query("SELECT milestone_id, agency_id, kind, point_on FROM unreached WHERE point_on >= ?", rs -> {
            told.add(new UnreachedPoint(rs.getLong(1), rs.getLong(2), ReminderKind.valueOf(rs.getString(3)),
                    LocalDate.parse(rs.getString(4))));
        }, earliest.toString());
        return points.stream().filter(p -> !told.contains(p)).toList();
    }

    private static Map<Long, String> agencyNames(JdbcTemplate jdbc) {
        Map<Long, String> names = new HashMap<>();
        jdbc.query("SELECT id, name FROM agency", rs -> {
            names.put(rs.getLong(1), rs.getString(2));
        });
        return names;
    }

    private static Map<Long, List<Long>> leadAgencies(JdbcTemplate jdbc) {
        Map<Long, List<Long>> lead = new HashMap<>();
        jdbc.query("SELECT task_id, agency_id FROM task_agency WHERE role = 'LEAD' ORDER BY task_id, position", rs -> {
            lead.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>(2)).add(rs.getLong(2));
        });
        return lead;
    }

    private static Map<Long, LocalDate> issueDatesOfTasksWithoutDeadline(JdbcTemplate jdbc) {
        Map<Long, LocalDate> issued = new HashMap<>();
        jdbc.query("SELECT t.id, s.issued_on FROM task t JOIN source_document s ON s.id = t.source_id"
                + " WHERE t.deadline_kind = 'NONE'", rs -> {
            issued.put(rs.getLong(1), LocalDate.parse(rs.getString(2)));
        });
        return issued;
    }

    /** The point every regular recipient gets, and how late it is for escalations (0 before the due date). */
    private record Points(Point latest, int escalationK) {
    }

    private record Point(ReminderKind kind, int workingDays, LocalDate on) {
    }

    /** A point reached for a lead agency with no active contact to get it. */
    record UnreachedPoint(long milestoneId, long agencyId, ReminderKind kind, LocalDate pointOn) {
    }

    /**
     * What a run works from: the new reminders, the register as of the run for building messages, and the
     * points not told before that nobody could be reminded of.
     */
    record Plan(LocalDate day, LocalDate lastEligible, List<PlannedReminder> planned, Map<Long, MilestoneLine> milestones,
                Map<Long, Integer> documentOrder, Recipients.Active recipients, List<UnreachedPoint> unreached,
                Map<Long, String> agencyNames) {
    }
}
