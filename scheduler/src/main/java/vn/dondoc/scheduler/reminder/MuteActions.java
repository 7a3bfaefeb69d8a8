package vn.dondoc.scheduler.reminder;

import org.springframework.stereotype.Service;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.task.Caller;
import vn.dondoc.scheduler.task.TaskAccess;

/** A person mutes the reminders of a task they can see, for a while: one transaction. */
@Service
public class MuteActions {

    private final RegisterDatabase db;
    private final TaskAccess access;
    private final Mutes mutes;

    public MuteActions(RegisterDatabase db, TaskAccess access, Mutes mutes) {
        this.db = db;
        this.access = access;
        this.mutes = mutes;
    }

    public Muted mute(Caller caller, long taskId, int days) {
        return db.inTransaction(() -> {
            access.toSee(caller, taskId);
            return new Muted(taskId, mutes.mute(caller.contact().id(), taskId, days, caller.actor()));
        });
    }
}
