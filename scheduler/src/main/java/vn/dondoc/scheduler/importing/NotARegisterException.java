package vn.dondoc.scheduler.importing;

import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.error.ErrorCode;

/** The file cannot be imported at all, said by its {@link ImportError}; nothing was written. */
public final class NotARegisterException extends DondocException {

    private static final long serialVersionUID = 1L;

    NotARegisterException(ErrorCode code, java.util.List<Object> args) {
        super(Kind.BAD_INPUT, code, null, args.toArray());
    }
}
