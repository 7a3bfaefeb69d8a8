package vn.dondoc.scheduler.importing;

import vn.dondoc.scheduler.error.DondocException;

/**
 * The file cannot be turned into tables. Its {@link ImportError} says to the person who sent the file what is
 * wrong and what to do; the technical cause, if any, stays in {@link #getCause()}.
 */
public final class UnreadableFileException extends DondocException {

    private static final long serialVersionUID = 1L;

    UnreadableFileException(ImportError code, Throwable cause, Object... args) {
        super(Kind.BAD_INPUT, code, cause, args);
    }
}
