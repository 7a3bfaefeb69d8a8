package vn.dondoc.bot.console;

import java.security.Principal;
import org.springframework.stereotype.Component;
import vn.dondoc.scheduler.contact.ContactRegister;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.task.Caller;

/**
 * The logged-in contact as the use cases know a caller: {@code Caller.console(contact)}, so the history says
 * "… — web". Read from the register at each request, so a contact whose role changed acts with the new one.
 */
@Component
class ConsoleCallers {

    private final ContactRegister contacts;

    ConsoleCallers(ContactRegister contacts) {
        this.contacts = contacts;
    }

    Caller of(Principal principal) {
        return contacts.byId(Long.parseLong(principal.getName())).map(Caller::console)
                .orElseThrow(() -> new IllegalStateException("the session's contact " + principal.getName() + " is gone"));
    }

    /** Whether the page shows the office's forms (security refuses their POSTs to anyone else anyway). */
    static boolean office(Caller caller) {
        return caller.contact().role() == ContactRole.OFFICE;
    }
}
