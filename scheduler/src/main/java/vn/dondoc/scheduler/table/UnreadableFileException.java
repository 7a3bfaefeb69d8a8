package vn.dondoc.scheduler.table;

import vn.dondoc.scheduler.error.DondocException;

/**
 * The file cannot be turned into tables. Its {@link TableError} says to the person who sent the file what is
 * wrong and what to do; the technical cause, if any, stays in {@link #getCause()}.
 */
public final class UnreadableFileException extends DondocException {

    private static final long serialVersionUID = 1L;

    UnreadableFileException(TableError code, Throwable cause, Object... args) {
        super(Kind.BAD_INPUT, code, cause, args);
    }
}
