package vn.dondoc.scheduler.importing;

/**
 * The file cannot be turned into tables. The message is one Vietnamese sentence for the person who
 * sent the file: what is wrong and what to do. The technical cause, if any, stays in {@link #getCause()}.
 */
public final class UnreadableFileException extends Exception {

    private static final long serialVersionUID = 1L;

    UnreadableFileException(String message) {
        super(message);
    }

    UnreadableFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
