package vn.dondoc.bot.console;

import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.contact.Contact;
import vn.dondoc.scheduler.contact.ContactRegister;

/** What every console page shows: the texts in DONDOC_LANG ({@code t.get('console.…')}) and who is logged in. */
@ControllerAdvice
class ConsolePages {

    private final Texts texts;
    private final ContactRegister contacts;

    ConsolePages(Texts texts, ContactRegister contacts) {
        this.texts = texts;
        this.contacts = contacts;
    }

    /** One entry of the menu every page shows: its key (text console.menu.KEY, id menu-KEY) and its address. */
    record MenuPage(String key, String path) {
    }

    /** The console's pages, in the order of the menu. */
    static final List<MenuPage> MENU = List.of(
            new MenuPage("register", "/"),
            new MenuPage("import", "/nhap"),
            new MenuPage("agencies", "/coquan"),
            new MenuPage("contacts", "/lienhe"),
            new MenuPage("extensions", "/giahan"),
            new MenuPage("holidays", "/ngaynghi"),
            new MenuPage("digest", "/bantin"),
            new MenuPage("deliveries", "/nhatky"));

    @ModelAttribute("menu")
    List<MenuPage> menu() {
        return MENU;
    }

    @ModelAttribute("t")
    Texts texts() {
        return texts;
    }

    @ModelAttribute("lang")
    String lang() {
        return texts.language().code();
    }

    /** The logged-in contact's name, or null on the login pages. */
    @ModelAttribute("who")
    String who(Principal principal) {
        if (principal == null || !principal.getName().matches("\\d{1,18}")) {
            return null;
        }
        return contacts.byId(Long.parseLong(principal.getName())).map(Contact::name).orElse(null);
    }
}
