package vn.dondoc.scheduler.register;

/** The register file cannot be opened or migrated; the message is meant for the person at the terminal. */
public class RegisterUnavailableException extends RuntimeException {

    public RegisterUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
