package vn.dondoc.scheduler.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Appends to a task's history; the table's triggers refuse any update or delete. */
final class History {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    History(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void append(long taskId, Long milestoneId, Actor actor, String action, Map<String, ?> detail) {
        jdbc.update("INSERT INTO history (task_id, milestone_id, at, actor, contact_id, chat_id, action, detail)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                taskId, milestoneId, Instant.now(clock).toString(), actor.name(), actor.contactId(), actor.chatId(),
                action, toJson(detail));
    }

    List<HistoryEntry> of(long taskId) {
        return jdbc.query("SELECT id, task_id, milestone_id, at, actor, chat_id, action, detail FROM history"
                        + " WHERE task_id = ? ORDER BY id",
                (rs, n) -> new HistoryEntry(rs.getLong("id"), rs.getLong("task_id"),
                        nullableLong(rs, "milestone_id"), Instant.parse(rs.getString("at")),
                        rs.getString("actor"), nullableLong(rs, "chat_id"), rs.getString("action"),
                        rs.getString("detail")),
                taskId);
    }

    // sqlite-jdbc cannot getObject(column, Long.class) a NULL.
    private static Long nullableLong(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
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
