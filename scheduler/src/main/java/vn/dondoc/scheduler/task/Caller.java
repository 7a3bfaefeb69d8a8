package vn.dondoc.scheduler.task;

import vn.dondoc.scheduler.contact.Contact;
import vn.dondoc.scheduler.contact.ContactRole;

/**
 * A linked contact asking for an action, through a chat (or later the office's console): who they are,
 * and the name their actions carry in a task's history.
 */
public record Caller(Contact contact, Long chatId, String name) {

    /**
     * The contact in {@code chatId}; in a group, {@code sender} is the person who typed or pressed, so the
     * history says "Sở Y tế — Nguyễn Văn An". Null in a private chat.
     */
    public static Caller of(Contact contact, long chatId, String sender) {
        String name = contact.name();
        if (contact.agency() != null) {
            name += " (" + contact.agency() + ")";
        }
        if (sender != null) {
            name += " — " + sender;
        }
        return new Caller(contact, chatId, name);
    }

    /**
     * The contact logged in to the web console. There is no chat; the history says "Văn phòng UBND tỉnh — web", so
     * a change made in the browser is told apart from one made through the bot.
     */
    public static Caller console(Contact contact) {
        return new Caller(contact, null, of(contact, 0, null).name() + " — web");
    }

    public Actor actor() {
        return new Actor(name, contact.id(), chatId);
    }

    /** The office and leaders see every agency's tasks and decide extensions. */
    public boolean seesAll() {
        return contact.role().seesEveryTask();
    }

    /** An agency sees the tasks it leads or cooperates on. */
    public boolean canSee(TaskAgencies task) {
        return seesAll() || task.involves(contact.agencyId());
    }

    /** Only a lead agency reports done, progress or asks to extend; the office may report for an agency. */
    public boolean canReport(TaskAgencies task) {
        return contact.role() == ContactRole.OFFICE || task.leads(contact.agencyId());
    }

    /** {@link #canReport(TaskAgencies)} for a line of a list, which carries the lead agencies by name. */
    public boolean canReport(MilestoneLine line) {
        return contact.role() == ContactRole.OFFICE || (contact.agency() != null && line.lead().contains(contact.agency()));
    }
}
