package vn.dondoc.scheduler.register;

/** Another process (or thread) is already doing this on the same register: wait for it, then try again. */
public final class RegisterBusyException extends RegisterUnavailableException {

    public RegisterBusyException(String message) {
        super(message, null);
    }
}
