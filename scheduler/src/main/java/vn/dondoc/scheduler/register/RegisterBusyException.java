package vn.dondoc.scheduler.register;

import vn.dondoc.scheduler.error.ErrorCode;

/**
 * Another process (or thread) is already doing this on the same register: wait for it, then try again.
 * The code is the caller's (e.g. a reminder pass already running), so the sentence names what is running.
 */
public final class RegisterBusyException extends RegisterUnavailableException {

    private static final long serialVersionUID = 1L;

    public RegisterBusyException(ErrorCode busy, Object... args) {
        super(Kind.BUSY, busy, args);
    }
}
