package vn.dondoc.bot.console;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dondoc.bot.telegram.TelegramConnection;
import vn.dondoc.bot.telegram.TelegramSettings;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.agency.Agency;
import vn.dondoc.scheduler.agency.AgencyRegister;
import vn.dondoc.scheduler.contact.Contact;
import vn.dondoc.scheduler.contact.ContactActions;
import vn.dondoc.scheduler.contact.ContactError;
import vn.dondoc.scheduler.contact.ContactListImport;
import vn.dondoc.scheduler.contact.ContactListImported;
import vn.dondoc.scheduler.contact.ContactRegister;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.contact.ContactStatus;
import vn.dondoc.scheduler.contact.CreatedContact;
import vn.dondoc.scheduler.contact.Invitation;
import vn.dondoc.scheduler.contact.NewContact;
import vn.dondoc.scheduler.error.DondocException;

/**
 * The contacts ({@code /lienhe}), per agency: role, linked or not, deactivated. The office adds one (a duplicate is
 * refused next to the name), imports a contacts spreadsheet after a preview, deactivates one, invites one again (a new
 * link, the old one void), and prints the invites made in this session as cards with QR codes to hand out.
 */
@Controller
class ContactsPage {

    static final String PATH = "/lienhe";
    /** A contacts list is a page or two; anything bigger is not one. */
    static final long MAX_LIST_BYTES = 2L * 1024 * 1024;
    private static final String UPLOAD = ContactsPage.class.getName() + ".upload";
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final ContactRegister contacts;
    private final ContactActions actions;
    private final ContactListImport lists;
    private final AgencyRegister agencies;
    private final TelegramSettings telegram;
    private final TelegramConnection connection;
    private final Texts texts;
    private final Clock clock;

    ContactsPage(ContactRegister contacts, ContactActions actions, ContactListImport lists, AgencyRegister agencies,
                 TelegramSettings telegram, TelegramConnection connection, Texts texts, Clock clock) {
        this.contacts = contacts;
        this.actions = actions;
        this.lists = lists;
        this.agencies = agencies;
        this.telegram = telegram;
        this.connection = connection;
        this.texts = texts;
        this.clock = clock;
    }

    /** One contact as the list shows it. */
    record Row(long id, String name, String role, String state, String stateText, boolean deactivated) {
    }

    /** The contacts of one agency (null name: the office and leaders). */
    record Group(String agency, List<Row> rows) {
    }

    /** What was written in the add form, and the refusal to show next to {@code field}. */
    record Form(String name, String role, Long agency, String field, String problem, boolean duplicate) {
    }

    /** The uploaded list kept between its preview and the confirmation. */
    record Upload(String fileName, byte[] bytes) implements java.io.Serializable {
    }

    @GetMapping(PATH)
    String contacts(Model model, HttpSession session, java.security.Principal principal) {
        model.addAttribute("me", principal == null ? null : principal.getName());
        Set<Long> deactivated = contacts.deactivated();
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        Map<String, List<Row>> byAgency = new LinkedHashMap<>();
        byAgency.put(null, new ArrayList<>());
        contacts.all().stream()
                .sorted(Comparator.comparing((Contact c) -> c.agency() == null ? "" : c.agency(), vietnamese)
                        .thenComparing(Contact::name, vietnamese))
                .forEach(c -> byAgency.computeIfAbsent(c.agency(), k -> new ArrayList<>()).add(row(c, deactivated.contains(c.id()))));
        List<Group> groups = new ArrayList<>();
        byAgency.forEach((agency, rows) -> {
            if (!rows.isEmpty()) {
                groups.add(new Group(agency, rows));
            }
        });
        model.addAttribute("groups", groups);
        model.addAttribute("count", contacts.all().size());
        model.addAttribute("roles", List.of(ContactRole.values()));
        model.addAttribute("choices", agencies.all().stream().sorted(Comparator.comparing(Agency::name, vietnamese)).toList());
        model.addAttribute("cards", InviteCards.all(session).size());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new Form("", ContactRole.STAFF.name(), null, null, null, false));
        }
        return "console/contacts";
    }

    @PostMapping(PATH)
    String add(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "STAFF") ContactRole role,
               @RequestParam(required = false) Long agency, @RequestParam(defaultValue = "false") boolean sameName,
               HttpSession session, RedirectAttributes redirect) {
        Long agencyId = role == ContactRole.OFFICE || role == ContactRole.LEADER ? null : agency;
        try {
            CreatedContact created = actions.add(new NewContact(name, role, agencyId, List.of(), null), sameName);
            Contact contact = contacts.byId(created.id()).orElseThrow();
            card(session, new Invitation(contact, created.inviteCode(), created.inviteExpiresAt()));
            redirect.addFlashAttribute("done", texts.get("console.contacts.added", contact.name()));
            redirect.addFlashAttribute("invite", link(created.inviteCode()));
        } catch (DondocException e) {
            boolean duplicate = e.code() == ContactError.DUPLICATE;
            String field = e.code() == ContactError.NEEDS_AGENCY ? "agency" : "name";
            String problem = duplicate ? texts.get("console.contacts.duplicate", e.args().get(0), e.args().get(1)) : texts.error(e);
            redirect.addFlashAttribute("form", new Form(name, role.name(), agency, field, problem, duplicate));
        }
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/{id}/moi-lai")
    String invite(@PathVariable long id, HttpSession session, RedirectAttributes redirect) {
        try {
            Invitation invitation = actions.invite(id);
            card(session, invitation);
            redirect.addFlashAttribute("done", texts.get("console.contacts.reinvited", invitation.contact().name()));
            redirect.addFlashAttribute("invite", link(invitation.code()));
        } catch (DondocException e) {
            redirect.addFlashAttribute("problem", texts.error(e));
        }
        return "redirect:" + PATH + "#contact-" + id;
    }

    @PostMapping(PATH + "/{id}/ngung")
    String deactivate(@PathVariable long id, java.security.Principal principal, HttpSession session,
                      RedirectAttributes redirect) {
        // Stopping oneself would also end one's own logins: another office contact has to do it.
        if (String.valueOf(id).equals(principal.getName())) {
            redirect.addFlashAttribute("problem", texts.get("console.contacts.notYourself"));
            return "redirect:" + PATH + "#contact-" + id;
        }
        try {
            String name = contacts.byId(id).map(Contact::name).orElse("#" + id);
            boolean changed = actions.deactivate(id);
            InviteCards.remove(session, id);
            redirect.addFlashAttribute("done", texts.get(changed ? "console.contacts.deactivated" : "console.contacts.alreadyDeactivated", name));
        } catch (DondocException e) {
            redirect.addFlashAttribute("problem", texts.error(e));
        }
        return "redirect:" + PATH + "#contact-" + id;
    }

    /** New invites for every contact not yet linked, printed as cards: their earlier links no longer work. */
    @PostMapping(PATH + "/moi-chua-lien-ket")
    String inviteAllUnlinked(HttpSession session) {
        Set<Long> deactivated = contacts.deactivated();
        contacts.all().stream()
                .filter(c -> c.status() == ContactStatus.INVITED && !deactivated.contains(c.id()))
                .forEach(c -> card(session, actions.invite(c.id())));
        return "redirect:" + PATH + "/the-moi";
    }

    @GetMapping(PATH + "/the-moi")
    String cards(HttpSession session, Model model) {
        List<Map<String, String>> cards = new ArrayList<>();
        for (InviteCards.Card card : InviteCards.all(session)) {
            String link = inviteLink(card.code());
            Map<String, String> shown = new LinkedHashMap<>();
            shown.put("id", String.valueOf(card.contactId()));
            shown.put("name", card.name());
            shown.put("role", card.role());
            shown.put("agency", card.agency());
            shown.put("link", link);
            shown.put("code", card.code());
            shown.put("qr", link == null ? null : QrCodes.pngDataUri(link));
            shown.put("expires", card.expires());
            cards.add(shown);
        }
        model.addAttribute("cards", cards);
        model.addAttribute("noBotName", connection.username(telegram) == null);
        return "console/invite-cards";
    }

    @PostMapping(PATH + "/the-moi/xoa")
    String clearCards(HttpSession session) {
        InviteCards.clear(session);
        return "redirect:" + PATH;
    }

    /** Reads the uploaded list and shows what an import would do; nothing is written. */
    @PostMapping(PATH + "/nhap")
    String preview(@RequestParam(required = false) MultipartFile file, HttpSession session, Model model,
                   RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("importProblem", texts.get("console.contacts.noFile"));
            return "redirect:" + PATH + "#import";
        }
        if (file.getSize() > MAX_LIST_BYTES) {
            redirect.addFlashAttribute("importProblem", texts.get("console.contacts.tooBig", MAX_LIST_BYTES / 1024 / 1024));
            return "redirect:" + PATH + "#import";
        }
        Upload upload = new Upload(file.getOriginalFilename() == null ? "lien-he.csv" : file.getOriginalFilename(), file.getBytes());
        try {
            ContactListImported preview = withFile(upload, lists::preview);
            session.setAttribute(UPLOAD, upload);
            model.addAttribute("fileName", upload.fileName());
            model.addAttribute("lines", preview.lines().stream().map(this::shown).toList());
            model.addAttribute("toAdd", preview.toAdd());
            return "console/contacts-import";
        } catch (DondocException e) {
            redirect.addFlashAttribute("importProblem", texts.error(e));
            return "redirect:" + PATH + "#import";
        }
    }

    @PostMapping(PATH + "/nhap/xac-nhan")
    String importList(HttpSession session, RedirectAttributes redirect) {
        if (!(session.getAttribute(UPLOAD) instanceof Upload upload)) {
            redirect.addFlashAttribute("importProblem", texts.get("console.contacts.noFile"));
            return "redirect:" + PATH + "#import";
        }
        try {
            ContactListImported imported = withFile(upload, lists::apply);
            session.removeAttribute(UPLOAD);
            imported.invited().forEach(i -> card(session, i));
            redirect.addFlashAttribute("done", texts.get("console.contacts.imported", imported.invited().size(),
                    imported.lines().size() - imported.invited().size()));
        } catch (DondocException e) {
            redirect.addFlashAttribute("importProblem", texts.error(e));
        }
        return "redirect:" + PATH;
    }

    /** One line of the preview as shown: what the row becomes, or why it is left out. */
    record Line(int line, String name, String role, String agency, boolean added, String outcome) {
    }

    private Line shown(vn.dondoc.scheduler.contact.ContactListLine line) {
        return new Line(line.line(), line.name(), line.role() == null ? "" : texts.get("role." + line.role()),
                line.agency() == null ? "" : line.agency(), line.added(),
                line.added() ? texts.get("console.contacts.willAdd") : texts.render(line.problem()));
    }

    private static <T> T withFile(Upload upload, Function<Path, T> use) {
        String name = upload.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.')) : ".csv";
        Path file = null;
        try {
            file = Files.createTempFile("dondoc-lien-he-", extension);
            Files.write(file, upload.bytes());
            return use.apply(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // A temporary file left behind is removed with the system's temporary files.
                }
            }
        }
    }

    private Row row(Contact c, boolean deactivated) {
        String state = deactivated ? "DEACTIVATED" : c.status() == ContactStatus.ACTIVE && c.chatId() != null ? "ACTIVE" : c.status().name();
        return new Row(c.id(), c.name(), texts.get("role." + c.role()), state,
                texts.get("console.contacts.state." + state), deactivated);
    }

    private void card(HttpSession session, Invitation invitation) {
        Contact c = invitation.contact();
        InviteCards.add(session, new InviteCards.Card(c.id(), c.name(), texts.get("role." + c.role()),
                c.agency() == null ? texts.get("role." + c.role()) : c.agency(), invitation.code(), expiry(invitation.expiresAt())));
    }

    /** t.me/BOT?start=CODE with the bot's name as Telegram gave it (getMe), else TELEGRAM_BOT_USERNAME; null: neither. */
    private String inviteLink(String code) {
        String bot = connection.username(telegram);
        return bot == null ? null : "https://t.me/" + bot + "?start=" + code;
    }

    private String link(String code) {
        String link = inviteLink(code);
        return link != null ? link : "/start " + code;
    }

    private String expiry(Instant at) {
        return EXPIRY.format(LocalDateTime.ofInstant(at, clock.getZone()));
    }
}
