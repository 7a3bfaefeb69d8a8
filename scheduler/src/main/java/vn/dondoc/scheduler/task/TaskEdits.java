package vn.dondoc.scheduler.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import vn.dondoc.scheduler.calendar.OfficeDays;
import vn.dondoc.scheduler.deadline.Deadline;
import vn.dondoc.scheduler.deadline.DeadlineKind;
import vn.dondoc.scheduler.deadline.DeadlinePhrases;
import vn.dondoc.scheduler.event.EventRegister;
import vn.dondoc.scheduler.register.RegisterDatabase;

/**
 * The office corrects a task by hand (the console's task page): its title, or its deadline phrase, which is read again
 * against the task's document and gives new milestones. {@link #preview} writes nothing; {@link #save} is one
 * transaction that writes the task, its milestones (reported ones are kept, as an import keeps them) and one history
 * line saying what changed. A phrase that cannot be read saves nothing. Only the office edits.
 * <p>
 * A later import of the same document brings the task back to what the file says (and says so in the history):
 * the document stays the source; a correction that should last belongs in the document.
 */
@Service
public class TaskEdits {

    static final String EDITED = "EDITED";

    private final RegisterDatabase db;
    private final Clock clock;
    private final OfficeDays officeDays;
    private final TaskHistory history;
    private final TaskAccess access;
    private final EventRegister events;

    public TaskEdits(RegisterDatabase db, Clock clock, OfficeDays officeDays, TaskHistory history, TaskAccess access,
                     EventRegister events) {
        this.db = db;
        this.clock = clock;
        this.officeDays = officeDays;
        this.history = history;
        this.access = access;
        this.events = events;
    }

    /** What saving this title and phrase would do; null or blank keeps the one the task has. Writes nothing. */
    public TaskEdit preview(Caller caller, long taskId, String title, String deadlineText) {
        return db.inTransaction(() -> {
            editable(caller, taskId);
            return work(taskId, title, deadlineText, null);
        });
    }

    /** Saves the title and phrase; refuses (nothing written) a phrase that cannot be read. */
    public TaskEdit save(Caller caller, long taskId, String title, String deadlineText) {
        return db.inTransaction(() -> {
            editable(caller, taskId);
            TaskEdit edit = work(taskId, title, deadlineText, null);
            if (!edit.readable()) {
                throw new TaskActionException(TaskError.DEADLINE_UNREADABLE, edit.deadlineText());
            }
            return edit.changed() ? work(taskId, title, deadlineText, caller.actor()) : edit;
        });
    }

    /** The office may correct a task still in force: a cancelled one keeps what it said when it was cancelled. */
    private void editable(Caller caller, long taskId) {
        access.toEdit(caller, taskId);
        String cancelled = db.jdbc().queryForObject("SELECT cancelled_on FROM task WHERE id = ?", String.class, taskId);
        if (cancelled != null) {
            throw new TaskActionException(TaskError.EDIT_CANCELLED, taskId, LocalDate.parse(cancelled));
        }
    }

    /** Works the edit out; with an {@code actor}, also writes it under that name. */
    private TaskEdit work(long taskId, String title, String deadlineText, Actor actor) {
        boolean write = actor != null;
        Map<String, Object> task = db.jdbc().queryForMap("SELECT t.title, t.deadline_text, s.issued_on, s.plan_year"
                + " FROM task t JOIN source_document s ON s.id = t.source_id WHERE t.id = ?", taskId);
        String oldTitle = (String) task.get("title");
        String oldPhrase = (String) task.get("deadline_text");
        String newTitle = title == null || title.isBlank() ? oldTitle : title.strip();
        String newPhrase = deadlineText == null || deadlineText.isBlank() ? oldPhrase : deadlineText.strip();
        Deadline deadline = new DeadlinePhrases(officeDays.calendar()).parse(newPhrase,
                LocalDate.parse((String) task.get("issued_on")), ((Number) task.get("plan_year")).intValue());
        // As an import saves it (TaskSaver): a task waiting on an event takes the event's date once the office gave it.
        boolean event = deadline.kind() == DeadlineKind.EVENT;
        LocalDate held = event ? events.heldOn(deadline.event()) : null;
        List<LocalDate> dates = held != null ? List.of(held) : deadline.dates();
        String kind = held != null ? DeadlineKind.FIXED.name() : event ? DeadlineKind.NONE.name() : deadline.kind().name();
        MilestoneReconciler milestones = new MilestoneReconciler(db.jdbc(), clock);
        List<LocalDate> before = milestones.dues(taskId);
        List<LocalDate> after = deadline.kind() == DeadlineKind.UNPARSED ? List.of()
                : new ArrayList<>(MilestoneReconciler.wanted(dates));
        Map<String, Object> changes = new LinkedHashMap<>();
        if (!Objects.equals(oldTitle, newTitle)) {
            changes.put("title", Arrays.asList(oldTitle, newTitle));
        }
        if (!Objects.equals(oldPhrase, newPhrase)) {
            changes.put("deadline_text", Arrays.asList(oldPhrase, newPhrase));
        }
        if (deadline.kind() != DeadlineKind.UNPARSED && !before.equals(after)) {
            changes.put("due", Arrays.asList(before.toString(), after.toString()));
        }
        if (write) {
            db.jdbc().update("UPDATE task SET title = ?, deadline_text = ?, deadline_kind = ?, deadline_problem = NULL,"
                    + " updated_at = ? WHERE id = ?", newTitle, newPhrase, kind, clock.instant().toString(), taskId);
            milestones.reconcile(taskId, dates);
            if (event) {
                events.link(taskId, deadline.event());
            } else {
                events.unlink(taskId);
            }
            history.append(taskId, null, actor, EDITED, changes);
        }
        return new TaskEdit(taskId, newTitle, newPhrase, deadline, before, after, !changes.isEmpty(), write);
    }
}
