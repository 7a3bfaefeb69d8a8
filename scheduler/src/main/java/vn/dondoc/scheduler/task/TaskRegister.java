package vn.dondoc.scheduler.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dondoc.scheduler.deadline.DeadlineKind;
import vn.dondoc.scheduler.register.RegisterDatabase;

/**
 * The tasks: saving them from documents, reading them with their statuses on a day, and the
 * reports that change them. Every change is written to the task's history in the same transaction
 * as the change itself (callers hold the transaction; see {@link RegisterDatabase#inTransaction}).
 */
public final class TaskRegister {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final History history;
    private final MilestoneReconciler milestones;

    public TaskRegister(RegisterDatabase db, Clock clock) {
        this.jdbc = db.jdbc();
        this.clock = clock;
        this.history = new History(jdbc, clock);
        this.milestones = new MilestoneReconciler(jdbc, clock);
    }

    /** Creates the task of {@code source} with this item, or brings it up to date; idempotent. */
    public SaveOutcome save(SourceDocument source, TaskDraft draft, Actor actor) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT * FROM task WHERE source_id = ? AND item = ?", source.id(), draft.item());
        String now = clock.instant().toString();
        if (rows.isEmpty()) {
            jdbc.update("INSERT INTO task (source_id, item, group_code, group_title, title, deadline_text, deadline_kind,"
                            + " deadline_problem, cooperation_note, line, created_at, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    source.id(), draft.item(), draft.groupCode(), draft.groupTitle(), draft.title(), draft.deadlineText(),
                    draft.deadline().kind().name(), draft.deadline().problem(), draft.cooperationNote(), draft.line(),
                    now, now);
            long taskId = jdbc.queryForObject("SELECT last_insert_rowid()", Long.class);
            writeAgencies(taskId, draft);
            milestones.reconcile(taskId, draft.deadline().dates());
            history.append(taskId, null, actor, "CREATED", describe(source, draft));
            return new SaveOutcome(taskId, SaveOutcome.Kind.CREATED);
        }
        Map<String, Object> row = rows.get(0);
        long taskId = ((Number) row.get("id")).longValue();
        Map<String, Object> changes = new LinkedHashMap<>();
        compare(changes, "group", row.get("group_code"), draft.groupCode());
        compare(changes, "group_title", row.get("group_title"), draft.groupTitle());
        compare(changes, "title", row.get("title"), draft.title());
        compare(changes, "deadline_text", row.get("deadline_text"), draft.deadlineText());
        compare(changes, "deadline_kind", row.get("deadline_kind"), draft.deadline().kind().name());
        compare(changes, "cooperation_note", row.get("cooperation_note"), draft.cooperationNote());
        compare(changes, "lead", agencyIds(taskId, "LEAD"), draft.leadAgencyIds());
        compare(changes, "cooperating", agencyIds(taskId, "COOPERATING"), draft.cooperatingAgencyIds());
        List<LocalDate> before = milestones.dues(taskId);
        if (!before.equals(MilestoneReconciler.wanted(draft.deadline().dates()))) {
            milestones.reconcile(taskId, draft.deadline().dates());
            compare(changes, "due", before.toString(), milestones.dues(taskId).toString());
        }
        if (changes.isEmpty()) {
            jdbc.update("UPDATE task SET line = ? WHERE id = ?", draft.line(), taskId);
            return new SaveOutcome(taskId, SaveOutcome.Kind.UNCHANGED);
        }
        jdbc.update("UPDATE task SET group_code = ?, group_title = ?, title = ?, deadline_text = ?, deadline_kind = ?,"
                        + " deadline_problem = ?, cooperation_note = ?, line = ?, updated_at = ? WHERE id = ?",
                draft.groupCode(), draft.groupTitle(), draft.title(), draft.deadlineText(), draft.deadline().kind().name(),
                draft.deadline().problem(), draft.cooperationNote(), draft.line(), now, taskId);
        jdbc.update("DELETE FROM task_agency WHERE task_id = ?", taskId);
        writeAgencies(taskId, draft);
        history.append(taskId, null, actor, "UPDATED", changes);
        return new SaveOutcome(taskId, SaveOutcome.Kind.UPDATED);
    }

    /** Every milestone, with its status on {@code query.day()}, in document order. */
    public List<MilestoneLine> milestones(TaskQuery query) {
        String day = query.day().toString();
        Map<Long, List<String>> lead = new HashMap<>();
        Map<Long, List<String>> cooperating = new HashMap<>();
        jdbc.query("SELECT ta.task_id, ta.role, a.name FROM task_agency ta JOIN agency a ON a.id = ta.agency_id"
                + " ORDER BY ta.task_id, ta.position", rs -> {
            Map<Long, List<String>> target = "LEAD".equals(rs.getString("role")) ? lead : cooperating;
            target.computeIfAbsent(rs.getLong("task_id"), k -> new ArrayList<>()).add(rs.getString("name"));
        });
        List<MilestoneLine> lines = jdbc.query(
                "SELECT t.id AS task_id, m.id AS milestone_id, m.seq, s.number, t.item, t.group_code, t.title,"
                        + " t.deadline_text, t.deadline_kind, m.due_on, m.done_on, m.cancelled_on,"
                        + " t.cancelled_on AS task_cancelled_on, s.id AS source_id,"
                        + " (SELECT e.new_due_on FROM extension e WHERE e.milestone_id = m.id AND e.decision = 'APPROVED'"
                        + "  AND e.decided_on <= ? ORDER BY e.decided_on DESC, e.id DESC LIMIT 1) AS extended_to"
                        + " FROM milestone m JOIN task t ON t.id = m.task_id JOIN source_document s ON s.id = t.source_id"
                        + " WHERE (? IS NULL OR EXISTS (SELECT 1 FROM task_agency x WHERE x.task_id = t.id AND x.agency_id = ?))"
                        + " AND (? IS NULL OR t.id = ?)"
                        + " ORDER BY s.id, t.id, m.seq",
                (rs, n) -> {
                    long taskId = rs.getLong("task_id");
                    LocalDate original = date(rs.getString("due_on"));
                    LocalDate extended = date(rs.getString("extended_to"));
                    LocalDate due = extended != null ? extended : original;
                    LocalDate doneOn = date(rs.getString("done_on"));
                    LocalDate cancelled = earliest(date(rs.getString("cancelled_on")), date(rs.getString("task_cancelled_on")));
                    return new MilestoneLine(taskId, rs.getLong("milestone_id"), rs.getInt("seq"), rs.getString("number"),
                            rs.getString("item"), rs.getString("group_code"), rs.getString("title"),
                            List.copyOf(lead.getOrDefault(taskId, List.of())),
                            List.copyOf(cooperating.getOrDefault(taskId, List.of())),
                            rs.getString("deadline_text"), DeadlineKind.valueOf(rs.getString("deadline_kind")),
                            original, due, doneOn, MilestoneStatus.on(query.day(), due, doneOn, cancelled));
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

    public long count() {
        return jdbc.queryForObject("SELECT count(*) FROM task", Long.class);
    }

    public List<HistoryEntry> history(long taskId) {
        return history.of(taskId);
    }

    /**
     * Writes an action taken elsewhere (a mute, a reminder setting) to the task's history, so that
     * every action on a task is kept in one place.
     */
    public void recordAction(long taskId, Actor actor, String action, Map<String, ?> details) {
        requireTask(taskId);
        history.append(taskId, null, actor, action, details);
    }

    /** Reports the task's earliest open milestone done today. */
    public long markDone(long taskId, Actor actor, String note) {
        MilestoneLine open = earliestOpen(taskId);
        LocalDate today = LocalDate.now(clock);
        jdbc.update("UPDATE milestone SET done_on = ? WHERE id = ?", today.toString(), open.milestoneId());
        history.append(taskId, open.milestoneId(), actor, "DONE", details("due", open.due(), "note", note));
        return open.milestoneId();
    }

    /** The office cancels the whole task from today; its history stays. */
    public void cancel(long taskId, Actor actor, String reason) {
        requireTask(taskId);
        jdbc.update("UPDATE task SET cancelled_on = coalesce(cancelled_on, ?) WHERE id = ?",
                LocalDate.now(clock).toString(), taskId);
        history.append(taskId, null, actor, "CANCELLED", details("reason", reason));
    }

    /** Asks to move the earliest open milestone to {@code newDue}; returns the request's id. */
    public long requestExtension(long taskId, LocalDate newDue, Actor actor, String reason) {
        MilestoneLine open = earliestOpen(taskId);
        if (open.due() == null) {
            throw new TaskActionException("Nhiệm vụ #" + taskId + " không có thời hạn cố định nên không cần gia hạn.");
        }
        if (!newDue.isAfter(open.due())) {
            throw new TaskActionException("Ngày gia hạn phải sau thời hạn hiện tại ("
                    + open.due().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ").");
        }
        List<Long> waiting = jdbc.queryForList("SELECT id FROM extension WHERE milestone_id = ? AND decision = 'PENDING'",
                Long.class, open.milestoneId());
        if (!waiting.isEmpty()) {
            throw new TaskActionException("Nhiệm vụ #" + taskId + " đã có đề nghị gia hạn #" + waiting.get(0)
                    + " đang chờ xử lý.");
        }
        jdbc.update("INSERT INTO extension (milestone_id, requested_at, requested_by, new_due_on, reason)"
                        + " VALUES (?, ?, ?, ?, ?)",
                open.milestoneId(), clock.instant().toString(), actor.contactId(), newDue.toString(), reason);
        long id = jdbc.queryForObject("SELECT last_insert_rowid()", Long.class);
        history.append(taskId, open.milestoneId(), actor, "EXTENSION_REQUESTED",
                details("extension", id, "from", open.due(), "to", newDue, "reason", reason));
        return id;
    }

    /** Approves or rejects a pending extension; an approval moves the due date from today on. */
    public void decideExtension(long extensionId, boolean approve, Actor actor) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT e.*, m.task_id FROM extension e"
                + " JOIN milestone m ON m.id = e.milestone_id WHERE e.id = ?", extensionId);
        if (rows.isEmpty()) {
            throw new TaskActionException("Không có đề nghị gia hạn #" + extensionId + ".");
        }
        Map<String, Object> row = rows.get(0);
        if (!"PENDING".equals(row.get("decision"))) {
            throw new TaskActionException("Đề nghị gia hạn #" + extensionId + " đã được xử lý.");
        }
        String decision = approve ? "APPROVED" : "REJECTED";
        jdbc.update("UPDATE extension SET decision = ?, decided_on = ?, decided_by = ? WHERE id = ?",
                decision, LocalDate.now(clock).toString(), actor.contactId(), extensionId);
        history.append(((Number) row.get("task_id")).longValue(), ((Number) row.get("milestone_id")).longValue(), actor,
                "EXTENSION_" + decision, details("extension", extensionId, "to", row.get("new_due_on")));
    }

    /** A progress report (percent done, a note) on the earliest open milestone; kept in the history. */
    public long reportProgress(long taskId, int percent, Actor actor, String note) {
        if (percent < 0 || percent > 100) {
            throw new TaskActionException("Tiến độ phải từ 0 đến 100%.");
        }
        MilestoneLine open = earliestOpen(taskId);
        history.append(taskId, open.milestoneId(), actor, "PROGRESS", details("percent", percent, "note", note));
        return open.milestoneId();
    }

    /** The task's agencies, or empty when there is no such task. */
    public java.util.Optional<TaskAgencies> agencies(long taskId) {
        if (!exists(taskId)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new TaskAgencies(taskId, agencyIds(taskId, "LEAD"), agencyIds(taskId, "COOPERATING")));
    }

    public java.util.Optional<ExtensionRequest> extension(long extensionId) {
        return extensions(" WHERE e.id = ?", extensionId).stream().findFirst();
    }

    /** Requests waiting for the office or a leader, oldest first. */
    public List<ExtensionRequest> pendingExtensions() {
        return extensions(" WHERE e.decision = 'PENDING'");
    }

    private List<ExtensionRequest> extensions(String where, Object... args) {
        return jdbc.query("SELECT e.*, m.task_id, m.due_on, t.item, t.title, s.number, c.name AS requester,"
                        + " (SELECT x.new_due_on FROM extension x WHERE x.milestone_id = e.milestone_id AND x.decision = 'APPROVED'"
                        + "  AND x.id < e.id ORDER BY x.id DESC LIMIT 1) AS extended_before"
                        + " FROM extension e JOIN milestone m ON m.id = e.milestone_id JOIN task t ON t.id = m.task_id"
                        + " JOIN source_document s ON s.id = t.source_id LEFT JOIN contact c ON c.id = e.requested_by"
                        + where + " ORDER BY e.id",
                (rs, n) -> {
                    long requestedBy = rs.getLong("requested_by");
                    Long requester = rs.wasNull() ? null : requestedBy;
                    String before = rs.getString("extended_before");
                    return new ExtensionRequest(rs.getLong("id"), rs.getLong("task_id"), rs.getLong("milestone_id"),
                            rs.getString("number"), rs.getString("item"), rs.getString("title"),
                            date(before != null ? before : rs.getString("due_on")), date(rs.getString("new_due_on")),
                            rs.getString("reason"), requester, rs.getString("requester"),
                            java.time.Instant.parse(rs.getString("requested_at")), rs.getString("decision"));
                }, args);
    }

    private MilestoneLine earliestOpen(long taskId) {
        requireTask(taskId);
        LocalDate today = LocalDate.now(clock);
        return milestones(TaskQuery.ofTask(taskId, today)).stream()
                .filter(l -> l.status().isOpen())
                .min(TaskStatus.EARLIEST_DUE)
                .orElseThrow(() -> new TaskActionException("Nhiệm vụ #" + taskId + " không còn việc nào đang thực hiện."));
    }

    private boolean exists(long taskId) {
        Integer found = jdbc.queryForObject("SELECT count(*) FROM task WHERE id = ?", Integer.class, taskId);
        return found != null && found > 0;
    }

    private void requireTask(long taskId) {
        if (!exists(taskId)) {
            throw new TaskActionException("Không có nhiệm vụ #" + taskId + ".");
        }
    }

    private void writeAgencies(long taskId, TaskDraft draft) {
        int position = 0;
        for (Long id : draft.leadAgencyIds()) {
            jdbc.update("INSERT INTO task_agency (task_id, agency_id, role, position) VALUES (?, ?, 'LEAD', ?)",
                    taskId, id, position++);
        }
        for (Long id : draft.cooperatingAgencyIds()) {
            if (!draft.leadAgencyIds().contains(id)) {
                jdbc.update("INSERT INTO task_agency (task_id, agency_id, role, position) VALUES (?, ?, 'COOPERATING', ?)",
                        taskId, id, position++);
            }
        }
    }

    private List<Long> agencyIds(long taskId, String role) {
        return jdbc.queryForList("SELECT agency_id FROM task_agency WHERE task_id = ? AND role = ? ORDER BY position",
                Long.class, taskId, role);
    }

    private static Map<String, Object> describe(SourceDocument source, TaskDraft draft) {
        return details("source", source.number(), "item", draft.item(), "title", draft.title(),
                "deadline_text", draft.deadlineText(), "deadline_kind", draft.deadline().kind().name(),
                "due", draft.deadline().dates().toString(), "lead", draft.leadAgencyIds(),
                "cooperating", draft.cooperatingAgencyIds(), "line", draft.line());
    }

    private static void compare(Map<String, Object> changes, String field, Object before, Object after) {
        Object a = before instanceof Number n && after instanceof Number ? n.longValue() : before;
        if (!Objects.equals(a == null ? null : a.toString(), after == null ? null : after.toString())) {
            changes.put(field, java.util.Arrays.asList(before, after));
        }
    }

    /** Key–value pairs for a history detail, skipping nulls and turning dates into ISO text. */
    private static Map<String, Object> details(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            if (value != null) {
                map.put((String) pairs[i], value instanceof LocalDate d ? d.toString() : value);
            }
        }
        return map;
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
