package vn.dondoc.scheduler.schedule;

import org.springframework.stereotype.Component;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.register.RegisterError;

/**
 * Who may run on a register. On a SQLite file only one {@code dondoc run}: two would poll Telegram with one token
 * (Telegram answers the second with 409 and both miss updates) and share a file meant for one writer. That lock is
 * on the register's real file, so a second path or a link to it is the same register; the operating system lets
 * go when the holder dies. On PostgreSQL any number of runs share the register (each sends; the passes lock each
 * other out by themselves), and only receiving is one node's at a time: the {@link #tryReceiving() receiving lease}.
 */
@Component
public final class RunLock {

    private static final String RECEIVING = "receiving";

    private final RegisterDatabase db;

    public RunLock(RegisterDatabase db) {
        this.db = db;
    }

    /**
     * Held until closed; on a SQLite file throws RegisterBusyException (RUNNING) when another run holds it. On
     * PostgreSQL nothing is taken: several runs may share the register.
     */
    public RegisterDatabase.Held acquire() {
        if (db.postgres()) {
            return () -> { };
        }
        return db.hold("run", RegisterError.RUNNING, db.where());
    }

    /** Whether several runs may share the register, so that receiving must be leased (PostgreSQL). */
    public boolean shared() {
        return db.postgres();
    }

    /**
     * The right to receive (one process among those sharing the register), or null while another holds it. On a
     * SQLite file the run lock already gives it to the one run: always granted.
     */
    public RegisterDatabase.Lease tryReceiving() {
        return db.tryLease(RECEIVING);
    }
}
