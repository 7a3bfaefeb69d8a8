package vn.dondoc.scheduler.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dondoc.scheduler.calendar.DueStanding;
import vn.dondoc.scheduler.calendar.OfficeDays;
import vn.dondoc.scheduler.calendar.WorkingCalendar;
import vn.dondoc.scheduler.deadline.DeadlineKind;
import vn.dondoc.scheduler.register.RegisterDatabase;

/**
 * The tasks as they read on a day: every milestone with its status (the read model of {@code tasks},
 * the bot's lists, reminders and the digest), and a task's agencies. It changes nothing.
 */
@Component
public class TaskRegister {

    private final RegisterDatabase db;
    private final OfficeDays officeDays;

    public TaskRegister(RegisterDatabase db, OfficeDays officeDays) {
        this.db = db;
        this.officeDays = officeDays;
    }

    /** Every milestone, with its status on {@code query.day()}, in document order. */
    public List<MilestoneLine> milestones(TaskQuery query) {
        JdbcTemplate jdbc = db.jdbc();
        String day = query.day().toString();
        Standings standings = new Standings(query.day(), officeDays.calendar());
        Map<Long, List<String>> lead = new HashMap<>();
        Map<Long, List<String>> cooperating = new HashMap<>();
        jdbc.query("SELECT ta.task_id, ta.role, a.name FROM task_agency ta JOIN agency a ON a.id = ta.agency_id"
                + " ORDER BY ta.task_id, ta.position", rs -> {
            Map<Long, List<String>> target = "LEAD".equals(rs.getString("role")) ? lead : cooperating;
            target.computeIfAbsent(rs.getLong("task_id"), k -> new ArrayList<>()).add(rs.getString("name"));
        });
        List<MilestoneLine> lines = jdbc.query(
                "SELECT t.id AS task_id, m.id AS milestone_id, m.seq, s.number, t.item, t.group_code, t.title,"
                        + " t.deadline_text, m.due_on, m.done_on, m.cancelled_on,"
                        // A task waiting on an event without a date is kept as NONE (see V24) and read as EVENT.
                        + " CASE WHEN EXISTS (SELECT 1 FROM task_event te JOIN event ev ON ev.id = te.event_id"
                        + "  WHERE te.task_id = t.id AND ev.held_on IS NULL) THEN 'EVENT' ELSE t.deadline_kind END AS deadline_kind,"
                        + " t.cancelled_on AS task_cancelled_on, s.id AS source_id,"
                        + " (SELECT e.new_due_on FROM extension e WHERE e.milestone_id = m.id AND e.decision = 'APPROVED'"
                        + "  AND e.decided_on <= ? ORDER BY e.decided_on DESC, e.id DESC LIMIT 1) AS extended_to"
                        + " FROM milestone m JOIN task t ON t.id = m.task_id JOIN source_document s ON s.id = t.source_id"
                        // Typed: PostgreSQL cannot tell the type of a bare "? IS NULL" given null.
                        + " WHERE (CAST(? AS BIGINT) IS NULL"
                        + "  OR EXISTS (SELECT 1 FROM task_agency x WHERE x.task_id = t.id AND x.agency_id = ?))"
                        + " AND (CAST(? AS BIGINT) IS NULL OR t.id = ?)"
                        + " ORDER BY s.id, t.id, m.seq",
                (rs, n) -> {
                    long taskId = rs.getLong("task_id");
                    LocalDate original = date(rs.getString("due_on"));
                    LocalDate extended = date(rs.getString("extended_to"));
                    LocalDate due = extended != null ? extended : original;
                    LocalDate doneOn = date(rs.getString("done_on"));
                    if (doneOn != null && doneOn.isAfter(query.day())) {
                        doneOn = null;
                    }
                    LocalDate cancelled = earliest(date(rs.getString("cancelled_on")), date(rs.getString("task_cancelled_on")));
                    MilestoneStatus status = MilestoneStatus.on(query.day(), due, doneOn, cancelled);
                    return new MilestoneLine(taskId, rs.getLong("milestone_id"), rs.getInt("seq"), rs.getString("number"),
                            rs.getString("item"), rs.getString("group_code"), rs.getString("title"),
                            List.copyOf(lead.getOrDefault(taskId, List.of())),
                            List.copyOf(cooperating.getOrDefault(taskId, List.of())),
                            rs.getString("deadline_text"), DeadlineKind.valueOf(rs.getString("deadline_kind")),
                            original, due, doneOn, status, status.isOpen() && due != null ? standings.of(due) : null);
                },
                day, query.agencyId(), query.agencyId(), query.taskId(), query.taskId());
        // SQL orders by insertion; documents are read by item number within each source.
        Map<String, Integer> sourceOrder = new LinkedHashMap<>();
        lines.forEach(l -> sourceOrder.putIfAbsent(l.source(), sourceOrder.size()));
        lines.sort(Comparator.<MilestoneLine>comparingInt(l -> sourceOrder.get(l.source()))
                .thenComparing(MilestoneLine::item, ItemOrder.INSTANCE)
                .thenComparingInt(MilestoneLine::seq));
        return lines;
    }

    /** The milestones of one task as of {@code day}; refuses a task that does not exist. */
    public List<MilestoneLine> milestones(long taskId, LocalDate day) {
        requireTask(taskId);
        return milestones(TaskQuery.ofTask(taskId, day));
    }

    /** The earliest open milestone of a task on {@code day}: the one a report or an extension is about. */
    public MilestoneLine earliestOpen(long taskId, LocalDate day) {
        return milestones(taskId, day).stream()
                .filter(l -> l.status().isOpen())
                .min(TaskStatus.EARLIEST_DUE)
                .orElseThrow(() -> new TaskActionException(TaskError.NOTHING_OPEN, taskId));
    }

    public long count() {
        return db.jdbc().queryForObject("SELECT count(*) FROM task", Long.class);
    }

    /** The task's agencies, or empty when there is no such task. */
    public Optional<TaskAgencies> agencies(long taskId) {
        if (!exists(taskId)) {
            return Optional.empty();
        }
        return Optional.of(new TaskAgencies(taskId, agencyIds(taskId, "LEAD"), agencyIds(taskId, "COOPERATING")));
    }

    public boolean exists(long taskId) {
        Integer found = db.jdbc().queryForObject("SELECT count(*) FROM task WHERE id = ?", Integer.class, taskId);
        return found != null && found > 0;
    }

    void requireTask(long taskId) {
        if (!exists(taskId)) {
            throw new TaskActionException(TaskError.NOT_FOUND, taskId);
        }
    }

    List<Long> agencyIds(long taskId, String role) {
        return db.jdbc().queryForList("SELECT agency_id FROM task_agency WHERE task_id = ? AND role = ? ORDER BY position",
                Long.class, taskId, role);
    }

    /** One day's standings, each due date counted once: a register has many milestones and few due dates. */
    private record Standings(LocalDate day, WorkingCalendar calendar, Map<LocalDate, DueStanding> byDue) {

        Standings(LocalDate day, WorkingCalendar calendar) {
            this(day, calendar, new HashMap<>());
        }

        DueStanding of(LocalDate due) {
            return byDue.computeIfAbsent(due, d -> DueStanding.on(day, d, calendar));
        }
    }

    static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
