package vn.dondoc.scheduler.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dondoc.scheduler.register.RegisterDatabase;

/**
 * A task's history: every change and report, appended in the same transaction as the change itself
 * (the table's triggers refuse any update or delete).
 */
@Component
public class TaskHistory {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RegisterDatabase db;
    private final Clock clock;

    public TaskHistory(RegisterDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Writes an action on the task (a report, a mute, a change from a document) with its details. */
    public void append(long taskId, Long milestoneId, Actor actor, String action, Map<String, ?> detail) {
        db.jdbc().update("INSERT INTO history (task_id, milestone_id, at, actor, contact_id, chat_id, action, detail)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                taskId, milestoneId, Instant.now(clock).toString(), actor.name(), actor.contactId(), actor.chatId(),
                action, toJson(detail));
    }

    /** The whole history of a task, oldest first. */
    public List<HistoryEntry> of(long taskId) {
        return db.jdbc().query("SELECT id, task_id, milestone_id, at, actor, chat_id, action, detail FROM history"
                        + " WHERE task_id = ? ORDER BY id",
                (rs, n) -> new HistoryEntry(rs.getLong("id"), rs.getLong("task_id"),
                        nullableLong(rs, "milestone_id"), Instant.parse(rs.getString("at")),
                        rs.getString("actor"), nullableLong(rs, "chat_id"), rs.getString("action"),
                        rs.getString("detail")),
                taskId);
    }

    /** Key–value pairs for a history detail, skipping nulls and turning dates into ISO text. */
    static Map<String, Object> details(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            if (value != null) {
                map.put((String) pairs[i], value instanceof LocalDate d ? d.toString() : value);
            }
        }
        return map;
    }

    // sqlite-jdbc cannot getObject(column, Long.class) a NULL.
    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static String toJson(Map<String, ?> detail) {
        if (detail == null || detail.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("history detail is not serialisable: " + detail.keySet(), e);
        }
    }
}
