package vn.dondoc.bot.command;

import java.util.Optional;
import vn.dondoc.scheduler.contact.Contact;

/**
 * How /dangnhap gets a one-time link to the web console for a contact (the console's {@code ConsoleLinks}); empty
 * when this contact may not log in. {@link #NONE} where no console runs (tests that hold only the bot).
 */
public interface ConsoleLogin {

    ConsoleLogin NONE = contact -> Optional.empty();

    Optional<String> link(Contact contact);

    /** The address of the console's page {@code path}, when the console's public address (DONDOC_WEB_URL) is set. */
    default Optional<String> page(String path) {
        return Optional.empty();
    }
}
