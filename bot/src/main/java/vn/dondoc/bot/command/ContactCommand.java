package vn.dondoc.bot.command;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.dondoc.messages.Html;
import vn.dondoc.scheduler.contact.ContactError;
import vn.dondoc.scheduler.contact.ContactException;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.contact.ContactRoles;
import vn.dondoc.scheduler.contact.CreatedContact;
import vn.dondoc.scheduler.contact.NewContact;

/**
 * /lienhe Tên | cơ quan | vai trò: the office adds a contact and gets the invite link back to pass on, as
 * {@code contact add} does ({@code ContactActions.add}). The role may be left out for an agency's staff
 * ("cán bộ đầu mối"); the office and leaders have no agency: "/lienhe Trần Thị Bình | văn phòng".
 */
final class ContactCommand implements BotCommand {

    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    @Override
    public List<String> names() {
        return List.of("lienhe", "contact");
    }

    @Override
    public Access access() {
        return Access.OFFICE;
    }

    /** Name, agency (null for none) and role, as typed between the bars. */
    record Typed(String name, String agency, ContactRole role) {
    }

    @Override
    public void run(Request request) {
        Optional<Typed> typed = read(request.args());
        if (typed.isEmpty()) {
            request.reply(request.text("contactAdd.usage", request.command()));
            return;
        }
        Typed contact = typed.get();
        Long agencyId = contact.agency() == null ? null
                : request.services().overview().agencyNamed(request.asCaller(), contact.agency()).id();
        CreatedContact created;
        try {
            created = request.services().contacts().add(new NewContact(contact.name(), contact.role(), agencyId, List.of(), null));
        } catch (ContactException e) {
            // The command line's sentences name its options (--agency, --force); here the form of /lienhe is what helps.
            if (e.code() == ContactError.DUPLICATE) {
                request.reply(request.text("contactAdd.duplicate", Html.escape(contact.name()), e.args().get(1)));
                return;
            }
            if (e.code() == ContactError.NEEDS_AGENCY) {
                request.reply(request.text("contactAdd.needsAgency", request.text("role." + contact.role()), request.command()));
                return;
            }
            throw e;
        }
        String agency = contact.agency() == null ? "" : ", " + Html.escape(contact.agency());
        String bot = request.services().botName().get();
        String expires = EXPIRY.format(LocalDateTime.ofInstant(created.inviteExpiresAt(), request.services().clock().getZone()));
        request.reply(request.text("contactAdd.done", created.id(), Html.escape(contact.name().strip()),
                request.text("role." + contact.role()), agency, expires)
                + "\n" + (bot == null ? request.text("contactAdd.code", created.inviteCode())
                        : Html.escape("https://t.me/" + bot + "?start=" + created.inviteCode())));
    }

    /** "Tên | cơ quan | vai trò", "Tên | cơ quan" (staff) or "Tên | vai trò" (office, leaders); empty when not one of these. */
    static Optional<Typed> read(String args) {
        List<String> parts = Arrays.stream(args.split("\\|", -1)).map(String::strip).toList();
        if (parts.size() < 2 || parts.size() > 3 || parts.get(0).isEmpty()) {
            return Optional.empty();
        }
        String name = parts.get(0);
        if (parts.size() == 2) {
            Optional<ContactRole> role = ContactRoles.parse(parts.get(1));
            if (role.isPresent() && !role.get().seesEveryTask()) {
                return Optional.empty(); // staff and heads belong to an agency: "Tên | cơ quan | vai trò"
            }
            return role.map(r -> new Typed(name, null, r))
                    .or(() -> parts.get(1).isEmpty() ? Optional.empty() : Optional.of(new Typed(name, parts.get(1), ContactRole.STAFF)));
        }
        String agency = parts.get(1).isEmpty() ? null : parts.get(1);
        return ContactRoles.parse(parts.get(2)).map(role -> new Typed(name, agency, role));
    }
}
