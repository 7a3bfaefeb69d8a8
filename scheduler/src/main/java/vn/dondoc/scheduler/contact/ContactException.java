package vn.dondoc.scheduler.contact;

import vn.dondoc.scheduler.error.DondocException;

/** A contact that cannot be created or invited as asked: bad input, said by its {@link ContactError}. */
public final class ContactException extends DondocException {

    private static final long serialVersionUID = 1L;

    public ContactException(ContactError code, Object... args) {
        super(code, args);
    }
}
