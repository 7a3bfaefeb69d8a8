package vn.dondoc.scheduler.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dondoc.scheduler.deadline.Deadline;
import vn.dondoc.scheduler.deadline.DeadlineKind;
import vn.dondoc.scheduler.error.Problem;
import vn.dondoc.scheduler.event.EventRegister;
import vn.dondoc.scheduler.register.RegisterDatabase;

/**
 * Saves the tasks read from an assigning document: creates a task, or brings it up to date and says
 * in its history what changed. Idempotent; the importer holds the transaction.
 */
@Component
public class TaskSaver {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RegisterDatabase db;
    private final Clock clock;
    private final TaskHistory history;
    private final EventRegister events;

    @Autowired
    public TaskSaver(RegisterDatabase db, Clock clock, TaskHistory history, EventRegister events) {
        this.db = db;
        this.clock = clock;
        this.history = history;
        this.events = events;
    }

    /** With the register's own event list, for tests and tools that save into a register they made. */
    public TaskSaver(RegisterDatabase db, Clock clock, TaskHistory history) {
        this(db, clock, history, new EventRegister(db, clock));
    }

    /** Creates the task of {@code source} with this item, or brings it up to date; idempotent. */
    public SaveOutcome save(SourceDocument source, TaskDraft draft, Actor actor) {
        JdbcTemplate jdbc = db.jdbc();
        Deadline deadline = draft.deadline();
        // A task waiting on an event takes the event's date once the office gave it, also when imported after.
        LocalDate held = deadline.kind() == DeadlineKind.EVENT ? events.heldOn(deadline.event()) : null;
        List<LocalDate> dates = held != null ? List.of(held) : deadline.dates();
        String kind = held != null ? DeadlineKind.FIXED.name() : storedKind(deadline);
        SaveOutcome outcome = saveTask(source, draft, actor, jdbc, dates, kind);
        if (deadline.kind() == DeadlineKind.EVENT) {
            events.link(outcome.taskId(), deadline.event());
        } else {
            events.unlink(outcome.taskId());
        }
        return outcome;
    }

    /**
     * The kind kept in task.deadline_kind: an event's task is 'NONE' until dated, then 'FIXED' (V24's note); the
     * read model tells a waiting one apart through task_event.
     */
    private static String storedKind(Deadline deadline) {
        return deadline.kind() == DeadlineKind.EVENT ? DeadlineKind.NONE.name() : deadline.kind().name();
    }

    private SaveOutcome saveTask(SourceDocument source, TaskDraft draft, Actor actor, JdbcTemplate jdbc,
                                 List<LocalDate> dates, String kind) {
        MilestoneReconciler milestones = new MilestoneReconciler(jdbc, clock);
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT * FROM task WHERE source_id = ? AND item = ?", source.id(), draft.item());
        String now = clock.instant().toString();
        if (rows.isEmpty()) {
            long taskId = jdbc.queryForObject("INSERT INTO task (source_id, item, group_code, group_title, title, deadline_text,"
                            + " deadline_kind, deadline_problem, cooperation_note, line, created_at, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id", Long.class,
                    source.id(), draft.item(), draft.groupCode(), draft.groupTitle(), draft.title(), draft.deadlineText(),
                    kind, stored(draft.deadline().problem()), draft.cooperationNote(), draft.line(),
                    now, now);
            writeAgencies(jdbc, taskId, draft);
            milestones.reconcile(taskId, dates);
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
        compare(changes, "deadline_kind", row.get("deadline_kind"), kind);
        compare(changes, "cooperation_note", row.get("cooperation_note"), draft.cooperationNote());
        compare(changes, "lead", agencyIds(jdbc, taskId, "LEAD"), draft.leadAgencyIds());
        compare(changes, "cooperating", agencyIds(jdbc, taskId, "COOPERATING"), draft.cooperatingAgencyIds());
        List<LocalDate> before = milestones.dues(taskId);
        if (!before.equals(MilestoneReconciler.wanted(dates))) {
            milestones.reconcile(taskId, dates);
            compare(changes, "due", before.toString(), milestones.dues(taskId).toString());
        }
        if (changes.isEmpty()) {
            jdbc.update("UPDATE task SET line = ? WHERE id = ?", draft.line(), taskId);
            return new SaveOutcome(taskId, SaveOutcome.Kind.UNCHANGED);
        }
        jdbc.update("UPDATE task SET group_code = ?, group_title = ?, title = ?, deadline_text = ?, deadline_kind = ?,"
                        + " deadline_problem = ?, cooperation_note = ?, line = ?, updated_at = ? WHERE id = ?",
                draft.groupCode(), draft.groupTitle(), draft.title(), draft.deadlineText(),
                kind,
                stored(draft.deadline().problem()), draft.cooperationNote(), draft.line(), now, taskId);
        jdbc.update("DELETE FROM task_agency WHERE task_id = ?", taskId);
        writeAgencies(jdbc, taskId, draft);
        history.append(taskId, null, actor, "UPDATED", changes);
        return new SaveOutcome(taskId, SaveOutcome.Kind.UPDATED, List.copyOf(changes.keySet()));
    }

    /**
     * Why the deadline was not understood, kept in a language-neutral form: {"code":"deadline.noSuchMonth",
     * "args":["13"]}, so whoever reads it renders it in the reader's language. Nothing reads the column today;
     * registers written before codes hold the Vietnamese sentence instead (a reader tells them apart by the
     * leading brace).
     */
    static String stored(Problem problem) {
        if (problem == null) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", problem.code().key());
        json.put("args", problem.args().stream().map(a -> a instanceof Number ? a : a.toString()).toList());
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeAgencies(JdbcTemplate jdbc, long taskId, TaskDraft draft) {
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

    private static List<Long> agencyIds(JdbcTemplate jdbc, long taskId, String role) {
        return jdbc.queryForList("SELECT agency_id FROM task_agency WHERE task_id = ? AND role = ? ORDER BY position",
                Long.class, taskId, role);
    }

    private static Map<String, Object> describe(SourceDocument source, TaskDraft draft) {
        return TaskHistory.details("source", source.number(), "item", draft.item(), "title", draft.title(),
                "deadline_text", draft.deadlineText(), "deadline_kind", draft.deadline().kind().name(),
                "event", draft.deadline().event(),
                "due", draft.deadline().dates().toString(), "lead", draft.leadAgencyIds(),
                "cooperating", draft.cooperatingAgencyIds(), "line", draft.line());
    }

    private static void compare(Map<String, Object> changes, String field, Object before, Object after) {
        Object a = before instanceof Number n && after instanceof Number ? n.longValue() : before;
        if (!Objects.equals(a == null ? null : a.toString(), after == null ? null : after.toString())) {
            changes.put(field, Arrays.asList(before, after));
        }
    }
}
