package vn.dondoc.scheduler.task;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dondoc.scheduler.register.RegisterDatabase;

/**
 * Requests to move a milestone's due date and their decisions, with the rules of the request itself:
 * a fixed due date, a later one, one request waiting at a time. Who may ask or decide is
 * {@link ExtensionActions}' business; the caller holds the transaction.
 */
@Component
public class Extensions {

    private final RegisterDatabase db;
    private final Clock clock;
    private final TaskRegister tasks;
    private final TaskHistory history;

    public Extensions(RegisterDatabase db, Clock clock, TaskRegister tasks, TaskHistory history) {
        this.db = db;
        this.clock = clock;
        this.tasks = tasks;
        this.history = history;
    }

    /** Asks to move the earliest open milestone to {@code newDue}; returns the request's id. */
    public long request(long taskId, LocalDate newDue, Actor actor, String reason) {
        MilestoneLine open = tasks.earliestOpen(taskId, LocalDate.now(clock));
        if (open.due() == null) {
            throw new TaskActionException(TaskError.NO_FIXED_DEADLINE, taskId);
        }
        if (!newDue.isAfter(open.due())) {
            throw new TaskActionException(TaskError.EXTENSION_NOT_LATER, open.due());
        }
        JdbcTemplate jdbc = db.jdbc();
        List<Long> waiting = jdbc.queryForList("SELECT id FROM extension WHERE milestone_id = ? AND decision = 'PENDING'",
                Long.class, open.milestoneId());
        if (!waiting.isEmpty()) {
            throw new TaskActionException(TaskError.EXTENSION_WAITING, taskId, waiting.get(0));
        }
        long id = jdbc.queryForObject("INSERT INTO extension (milestone_id, requested_at, requested_by, new_due_on, reason)"
                        + " VALUES (?, ?, ?, ?, ?) RETURNING id", Long.class,
                open.milestoneId(), clock.instant().toString(), actor.contactId(), newDue.toString(), reason);
        history.append(taskId, open.milestoneId(), actor, "EXTENSION_REQUESTED",
                TaskHistory.details("extension", id, "from", open.due(), "to", newDue, "reason", reason));
        return id;
    }

    /** Approves or rejects a pending extension without a reason. */
    public void decide(long extensionId, boolean approve, Actor actor) {
        decide(extensionId, approve, actor, null);
    }

    /** Approves or rejects a pending extension, with the decider's reason (kept, and told); an approval moves the due date from today on. */
    public void decide(long extensionId, boolean approve, Actor actor, String reason) {
        JdbcTemplate jdbc = db.jdbc();
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT e.*, m.task_id FROM extension e"
                + " JOIN milestone m ON m.id = e.milestone_id WHERE e.id = ?", extensionId);
        if (rows.isEmpty()) {
            throw new TaskActionException(TaskError.EXTENSION_NOT_FOUND, extensionId);
        }
        Map<String, Object> row = rows.get(0);
        if (!"PENDING".equals(row.get("decision"))) {
            throw new TaskActionException(TaskError.EXTENSION_DECIDED, extensionId);
        }
        String decision = approve ? "APPROVED" : "REJECTED";
        jdbc.update("UPDATE extension SET decision = ?, decided_on = ?, decided_by = ?, decision_reason = ? WHERE id = ?",
                decision, LocalDate.now(clock).toString(), actor.contactId(), reason, extensionId);
        history.append(((Number) row.get("task_id")).longValue(), ((Number) row.get("milestone_id")).longValue(), actor,
                "EXTENSION_" + decision, TaskHistory.details("extension", extensionId, "to", row.get("new_due_on"),
                        "reason", reason));
    }

    public Optional<ExtensionRequest> byId(long extensionId) {
        return query(" WHERE e.id = ?", extensionId).stream().findFirst();
    }

    /** Requests waiting for the office or a leader, oldest first. */
    public List<ExtensionRequest> pending() {
        return query(" WHERE e.decision = 'PENDING'");
    }

    /**
     * The requests with who asked from which agency and, once decided, when and by whom: the waiting ones oldest
     * first, or those decided on or after {@code since}, newest first (the console's extensions page).
     */
    public List<ExtensionLine> lines(boolean waiting, LocalDate since) {
        String where = waiting ? " WHERE e.decision = 'PENDING' ORDER BY e.id"
                : " WHERE e.decision <> 'PENDING' AND e.decided_on >= ? ORDER BY e.decided_on DESC, e.id DESC";
        String sql = SELECT.replace(" FROM extension e", ", a.name AS requester_agency, d.name AS decider FROM extension e")
                + " LEFT JOIN agency a ON a.id = c.agency_id LEFT JOIN contact d ON d.id = e.decided_by" + where;
        return db.jdbc().query(sql, (rs, n) -> new ExtensionLine(request(rs), rs.getString("requester_agency"),
                TaskRegister.date(rs.getString("decided_on")), rs.getString("decider")),
                waiting ? new Object[0] : new Object[] {since.toString()});
    }

    private static final String SELECT = "SELECT e.*, m.task_id, m.due_on, t.item, t.title, s.number, c.name AS requester,"
            + " (SELECT x.new_due_on FROM extension x WHERE x.milestone_id = e.milestone_id AND x.decision = 'APPROVED'"
            + "  AND x.id < e.id ORDER BY x.id DESC LIMIT 1) AS extended_before"
            + " FROM extension e JOIN milestone m ON m.id = e.milestone_id JOIN task t ON t.id = m.task_id"
            + " JOIN source_document s ON s.id = t.source_id LEFT JOIN contact c ON c.id = e.requested_by";

    private List<ExtensionRequest> query(String where, Object... args) {
        return db.jdbc().query(SELECT + where + " ORDER BY e.id", (rs, n) -> request(rs), args);
    }

    private static ExtensionRequest request(java.sql.ResultSet rs) throws java.sql.SQLException {
        long requestedBy = rs.getLong("requested_by");
        Long requester = rs.wasNull() ? null : requestedBy;
        String before = rs.getString("extended_before");
        return new ExtensionRequest(rs.getLong("id"), rs.getLong("task_id"), rs.getLong("milestone_id"),
                rs.getString("number"), rs.getString("item"), rs.getString("title"),
                TaskRegister.date(before != null ? before : rs.getString("due_on")),
                TaskRegister.date(rs.getString("new_due_on")),
                rs.getString("reason"), requester, rs.getString("requester"),
                Instant.parse(rs.getString("requested_at")), rs.getString("decision"),
                rs.getString("decision_reason"));
    }
}
