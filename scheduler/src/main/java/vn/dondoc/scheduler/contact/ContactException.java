package vn.dondoc.scheduler.contact;

/** A contact that cannot be created as asked; the message is a Vietnamese sentence for the person. */
public final class ContactException extends RuntimeException {

    public ContactException(String message) {
        super(message);
    }
}
