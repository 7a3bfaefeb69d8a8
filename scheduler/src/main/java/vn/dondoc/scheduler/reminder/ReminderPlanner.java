package vn.dondoc.scheduler.reminder;

import java.time.Clock;
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
import vn.dondoc.scheduler.calendar.OfficeDays;
import vn.dondoc.scheduler.contact.ContactRole;
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
final class ReminderPlanner {

    private final RegisterDatabase db;
    private final JdbcTemplate jdbc;
    private final ReminderPolicy policy;

    ReminderPlanner(RegisterDatabase db, ReminderPolicy policy) {
        this.db = db;
        this.jdbc = db.jdbc();
        this.policy = policy;
    }

    Plan plan(Instant now) {
        LocalDateTime local = LocalDateTime.ofInstant(now, OfficeZone.ID);
        LocalDate day = local.toLocalDate();
        // Points of today count only from sendAt; earlier points are always reached.
        LocalDate lastEligible = local.toLocalTime().isBefore(policy.sendAt()) ? day.minusDays(1) : day;

        List<MilestoneLine> lines = new TaskRegister(db).milestones(TaskQuery.all(day));
        Recipients recipients = Recipients.load(jdbc);
        Map<Long, List<Long>> leadAgencies = leadAgencies();
        Map<Long, LocalDate> issued = issueDatesOfTasksWithoutDeadline();
        Set<Mutes.Pair> muted = Mutes.mutedOn(jdbc, day);
        WorkingDays calendar = new WorkingDays(new OfficeDays(db).calendar());

        Map<Long, MilestoneLine> byId = new LinkedHashMap<>();
        Map<Long, Integer> order = new HashMap<>();
        List<PlannedReminder> candidates = new ArrayList<>();
        for (MilestoneLine line : lines) {
            byId.put(line.milestoneId(), line);
            order.put(line.milestoneId(), order.size());
            Points points = points(line, lastEligible, calendar, issued);
            if (points == null) {
                continue;
            }
            Map<Long, Boolean> to = new LinkedHashMap<>();
            for (long agency : leadAgencies.getOrDefault(line.taskId(), List.of())) {
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
        List<PlannedReminder> planned = withoutThosePlannedBefore(candidates);
        return new Plan(day, planned, byId, order, recipients);
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
    private List<PlannedReminder> withoutThosePlannedBefore(List<PlannedReminder> candidates) {
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

    private Map<Long, List<Long>> leadAgencies() {
        Map<Long, List<Long>> lead = new HashMap<>();
        jdbc.query("SELECT task_id, agency_id FROM task_agency WHERE role = 'LEAD' ORDER BY task_id, position", rs -> {
            lead.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>(2)).add(rs.getLong(2));
        });
        return lead;
    }

    private Map<Long, LocalDate> issueDatesOfTasksWithoutDeadline() {
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

    /** What a run works from: the new reminders, and the register as of the run for building messages. */
    record Plan(LocalDate day, List<PlannedReminder> planned, Map<Long, MilestoneLine> milestones,
                Map<Long, Integer> documentOrder, Recipients recipients) {
    }

    /** The ACTIVE contacts that reminders may go to, by agency and role. */
    record Recipients(Map<Long, Recipient> byId, Map<Long, List<Long>> staffByAgency, Map<Long, List<Long>> headsByAgency,
                      List<Long> office, Map<Long, List<Long>> leadersByAgency) {

        static Recipients load(JdbcTemplate jdbc) {
            Map<Long, Recipient> byId = new LinkedHashMap<>();
            Map<Long, List<Long>> staff = new HashMap<>();
            Map<Long, List<Long>> heads = new HashMap<>();
            List<Long> office = new ArrayList<>();
            jdbc.query("SELECT c.id, c.name, c.role, c.agency_id, a.name, c.chat_id FROM contact c"
                    + " LEFT JOIN agency a ON a.id = c.agency_id"
                    + " WHERE c.status = 'ACTIVE' AND c.chat_id IS NOT NULL ORDER BY c.id", rs -> {
                long id = rs.getLong(1);
                ContactRole role = ContactRole.valueOf(rs.getString(3));
                long agency = rs.getLong(4);
                Long agencyId = rs.wasNull() ? null : agency;
                byId.put(id, new Recipient(id, rs.getString(2), role, agencyId, rs.getString(5), rs.getLong(6)));
                switch (role) {
                    case STAFF -> staff.computeIfAbsent(agencyId, k -> new ArrayList<>()).add(id);
                    case HEAD -> heads.computeIfAbsent(agencyId, k -> new ArrayList<>()).add(id);
                    case OFFICE -> office.add(id);
                    case LEADER -> { }
                }
            });
            Map<Long, List<Long>> leaders = new HashMap<>();
            jdbc.query("SELECT la.agency_id, la.contact_id FROM leader_agency la JOIN contact c ON c.id = la.contact_id"
                    + " WHERE c.role = 'LEADER' AND c.status = 'ACTIVE' AND c.chat_id IS NOT NULL ORDER BY la.contact_id", rs -> {
                leaders.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            });
            return new Recipients(byId, staff, heads, office, leaders);
        }

        List<Long> staff(long agency) {
            return staffByAgency.getOrDefault(agency, List.of());
        }

        List<Long> heads(long agency) {
            return headsByAgency.getOrDefault(agency, List.of());
        }

        /** The agency's staff; its heads when it has no active staff. */
        List<Long> regular(long agency) {
            List<Long> staff = staff(agency);
            return staff.isEmpty() ? heads(agency) : staff;
        }

        List<Long> leadersInCharge(long agency) {
            return leadersByAgency.getOrDefault(agency, List.of());
        }

        long chat(long contact) {
            return byId.get(contact).chatId();
        }
    }

    record Recipient(long id, String name, ContactRole role, Long agencyId, String agency, long chatId) {
    }
}
