package vn.dondoc.bot.console;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import vn.dondoc.scheduler.contact.Contact;
import vn.dondoc.scheduler.contact.ContactRegister;
import vn.dondoc.scheduler.contact.ContactRole;

/**
 * The console's users are the register's contacts (user name = contact id), read again at each login so a contact
 * whose role changed since the link was sent gets the new role, or no login. Authorities are the roles:
 * ROLE_OFFICE, ROLE_LEADER. There are no passwords.
 */
final class ContactUsers implements UserDetailsService {

    static final String OFFICE = ContactRole.OFFICE.name();
    static final String LEADER = ContactRole.LEADER.name();

    private final ContactRegister contacts;

    ContactUsers(ContactRegister contacts) {
        this.contacts = contacts;
    }

    static boolean mayLogIn(Contact contact) {
        return contact.role() == ContactRole.OFFICE || contact.role() == ContactRole.LEADER;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Contact contact = id(username) == null ? null : contacts.byId(id(username)).filter(ContactUsers::mayLogIn).orElse(null);
        if (contact == null) {
            throw new UsernameNotFoundException("no office or leader contact " + username);
        }
        return User.withUsername(username).password("")
                .authorities(List.of(new SimpleGrantedAuthority("ROLE_" + contact.role().name())))
                .build();
    }

    private static Long id(String username) {
        return username != null && username.matches("\\d{1,18}") ? Long.valueOf(username) : null;
    }
}
