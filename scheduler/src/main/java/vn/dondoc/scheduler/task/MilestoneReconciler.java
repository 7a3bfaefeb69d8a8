package vn.dondoc.scheduler.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Brings a task's milestones in line with the due dates its deadline phrase gives now, keeping what
 * was reported: a milestone whose date still stands is left alone; one with a report or an extension
 * that is no longer wanted is cancelled, not deleted, so nothing reported is lost.
 */
final class MilestoneReconciler {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    MilestoneReconciler(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<LocalDate> dues(long taskId) {
        return jdbc.query("SELECT due_on FROM milestone WHERE task_id = ? AND cancelled_on IS NULL ORDER BY seq",
                (rs, n) -> TaskRegister.date(rs.getString(1)), taskId);
    }

    /** The due dates a task's milestones should have; a task without a fixed deadline still gets one, undated, so it can be reported done. */
    static List<LocalDate> wanted(List<LocalDate> dates) {
        return dates.isEmpty() ? java.util.Collections.singletonList(null) : dates;
    }

    void reconcile(long taskId, List<LocalDate> dates) {
        List<LocalDate> wanted = new ArrayList<>(wanted(dates));
        List<Existing> existing = jdbc.query(
                "SELECT m.id, m.due_on, m.done_on IS NOT NULL OR EXISTS (SELECT 1 FROM extension e WHERE e.milestone_id = m.id)"
                        + " AS reported FROM milestone m WHERE m.task_id = ? ORDER BY m.seq",
                (rs, n) -> new Existing(rs.getLong(1), TaskRegister.date(rs.getString(2)), rs.getBoolean(3)), taskId);

        List<Keep> kept = new ArrayList<>();
        // Same date: keep the milestone as it is.
        for (Iterator<LocalDate> it = wanted.iterator(); it.hasNext(); ) {
            LocalDate due = it.next();
            Existing match = existing.stream().filter(e -> Objects.equals(e.due, due)).findFirst().orElse(null);
            if (match != null) {
                existing.remove(match);
                kept.add(new Keep(match.id, due));
                it.remove();
            }
        }
        // A moved date: the next milestone in order takes it (its reports go with it).
        Iterator<Existing> left = existing.iterator();
        for (LocalDate due : wanted) {
            if (left.hasNext()) {
                Existing moved = left.next();
                left.remove();
                jdbc.update("UPDATE milestone SET due_on = ? WHERE id = ?", iso(due), moved.id);
                kept.add(new Keep(moved.id, due));
            } else {
                kept.add(new Keep(null, due));
            }
        }
        String today = LocalDate.now(clock).toString();
        for (Existing gone : existing) {
            if (gone.reported) {
                jdbc.update("UPDATE milestone SET cancelled_on = coalesce(cancelled_on, ?), seq = -id WHERE id = ?",
                        today, gone.id);
            } else {
                jdbc.update("DELETE FROM milestone WHERE id = ?", gone.id);
            }
        }
        renumber(taskId, kept);
    }

    /** Numbers the milestones 1, 2, … by due date; negative first so UNIQUE(task_id, seq) holds throughout. */
    private void renumber(long taskId, List<Keep> kept) {
        kept.sort(java.util.Comparator.comparing(Keep::due, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        for (Keep k : kept) {
            if (k.id != null) {
                jdbc.update("UPDATE milestone SET seq = -id, cancelled_on = NULL WHERE id = ?", k.id);
            }
        }
        int seq = 1;
        for (Keep k : kept) {
            if (k.id == null) {
                jdbc.update("INSERT INTO milestone (task_id, seq, due_on) VALUES (?, ?, ?)", taskId, seq++, iso(k.due));
            } else {
                jdbc.update("UPDATE milestone SET seq = ? WHERE id = ?", seq++, k.id);
            }
        }
        // Cancelled milestones follow the live ones, so seq stays meaningful for the live schedule.
        List<Long> cancelledIds = jdbc.queryForList(
                "SELECT id FROM milestone WHERE task_id = ? AND cancelled_on IS NOT NULL ORDER BY due_on", Long.class, taskId);
        for (Long id : cancelledIds) {
            jdbc.update("UPDATE milestone SET seq = ? WHERE id = ?", seq++, id);
        }
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private record Existing(long id, LocalDate due, boolean reported) {
    }

    private record Keep(Long id, LocalDate due) {
    }
}
