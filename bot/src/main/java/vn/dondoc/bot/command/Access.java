package vn.dondoc.bot.command;

import vn.dondoc.scheduler.contact.Contact;
import vn.dondoc.scheduler.contact.ContactRole;

/**
 * Which commands a chat may use at all: a chat that is not linked only /start and /help; the office and
 * leaders also the deciding ones. What a contact may do to a given task is the scheduler's
 * ({@link vn.dondoc.scheduler.task.TaskAccess}).
 */
enum Access {
    /** /start and /help: also for chats that are not linked. */
    ANYONE,
    /** Any linked contact. */
    CONTACT,
    /** The office and leaders. */
    DECIDER,
    /** The office alone: importing, cancelling, adding contacts. */
    OFFICE;

    boolean allows(Contact caller) {
        return switch (this) {
            case ANYONE -> true;
            case CONTACT -> caller != null;
            case DECIDER -> caller != null && caller.role().seesEveryTask();
            case OFFICE -> caller != null && caller.role() == ContactRole.OFFICE;
        };
    }
}
