package vn.dondoc.bot.command;

import vn.dondoc.scheduler.contact.Contact;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.task.TaskAgencies;

/**
 * Who may do what (PRODUCT.md): a chat that is not linked sees nothing; an agency contact sees its
 * agency's tasks (lead or cooperating) and reports only where its agency leads; the office and
 * leaders see everything, the office may also report for an agency, and both decide extensions.
 */
enum Access {
    /** /start and /help: also for chats that are not linked. */
    ANYONE,
    /** Any linked contact. */
    CONTACT,
    /** The office and leaders. */
    DECIDER;

    boolean allows(Contact caller) {
        return switch (this) {
            case ANYONE -> true;
            case CONTACT -> caller != null;
            case DECIDER -> caller != null && seesAll(caller);
        };
    }

    static boolean seesAll(Contact caller) {
        return caller.role() == ContactRole.OFFICE || caller.role() == ContactRole.LEADER;
    }

    static boolean canSee(Contact caller, TaskAgencies task) {
        return seesAll(caller) || task.involves(caller.agencyId());
    }

    static boolean canReport(Contact caller, TaskAgencies task) {
        return caller.role() == ContactRole.OFFICE || task.leads(caller.agencyId());
    }
}
