package vn.dondoc.scheduler.schedule;

import org.springframework.stereotype.Component;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.register.RegisterError;

/**
 * Only one {@code dondoc run} per register: two would poll Telegram with one token (Telegram answers the
 * second with 409 and both miss updates) and run every pass twice. The lock is on the register's real file,
 * so a second path or a link to it is the same register; the operating system lets go when the holder dies.
 */
@Component
public final class RunLock {

    private final RegisterDatabase db;

    public RunLock(RegisterDatabase db) {
        this.db = db;
    }

    /** Held until closed; throws RegisterBusyException (RUNNING) when another run holds it. */
    public RegisterDatabase.Held acquire() {
        return db.hold("run", RegisterError.RUNNING, db.where());
    }
}
