package vn.dondoc.scheduler.register;

import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.error.ErrorCode;

/** The register file cannot be opened, migrated or locked: said by its {@link RegisterError}, exit status 1. */
public class RegisterUnavailableException extends DondocException {

    private static final long serialVersionUID = 1L;

    public RegisterUnavailableException(RegisterError code, Throwable cause, Object... args) {
        super(Kind.UNAVAILABLE, code, cause, args);
    }

    RegisterUnavailableException(Kind kind, ErrorCode code, Object... args) {
        super(kind, code, null, args);
    }
}
