package vn.dondoc.scheduler.importing;

/** The file cannot be imported at all; the message is one Vietnamese sentence and nothing was written. */
public final class NotARegisterException extends Exception {

    public NotARegisterException(String message) {
        super(message);
    }
}
