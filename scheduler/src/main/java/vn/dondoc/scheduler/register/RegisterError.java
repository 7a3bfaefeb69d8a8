package vn.dondoc.scheduler.register;

import vn.dondoc.scheduler.error.ErrorCode;

/** Why the register cannot be used; the sentences are in the errors bundles of {@code messages/}. */
public enum RegisterError implements ErrorCode {
    /** {0} the register's path, {1} the system's reason. */
    DIRECTORY("register.directory"),
    /** {0} the register's path, {1} the system's reason. */
    OPEN("register.open"),
    /** {0} the register's path, {1} the system's reason. */
    MIGRATE("register.migrate"),
    /** {0} the lock file, {1} the system's reason. */
    LOCK("register.lock"),
    /** {0} the register's path: another {@code dondoc run} holds it. */
    RUNNING("register.running"),
    /** Another process kept the register busy writing for longer than the busy timeout. */
    WRITING("register.writing"),
    /** {0} the register's path: its disk is full. */
    DISK_FULL("register.diskFull"),
    /** {0} the temp folder, {1} the system's reason: SQLite's library cannot be loaded. */
    NATIVE("register.native"),
    /** {0} the register's path: it cannot be written (read-only file or folder). */
    READ_ONLY("register.readOnly"),
    /** {0} DONDOC_DB: copy-register copies a SQLite register, and this one is on a server already. */
    COPY_SOURCE("register.copySource"),
    /** {0} DONDOC_DB: there is no SQLite register there to copy. */
    COPY_NO_SOURCE("register.copyNoSource"),
    /** {0} the target, {1} a table that has rows, {2} how many: copy-register fills only an empty database. */
    COPY_NOT_EMPTY("register.copyNotEmpty");

    private final String key;

    RegisterError(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
