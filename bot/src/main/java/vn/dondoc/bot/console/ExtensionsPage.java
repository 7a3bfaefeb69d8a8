package vn.dondoc.bot.console;

import java.security.Principal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dondoc.bot.command.BotDispatcher;
import vn.dondoc.messages.Formats;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.contact.Contact;
import vn.dondoc.scheduler.contact.ContactRegister;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.register.OfficeZone;
import vn.dondoc.scheduler.task.Caller;
import vn.dondoc.scheduler.task.ExtensionActions;
import vn.dondoc.scheduler.task.ExtensionBoard;
import vn.dondoc.scheduler.task.ExtensionDecided;
import vn.dondoc.scheduler.task.ExtensionLine;
import vn.dondoc.scheduler.task.ExtensionRequest;

/**
 * Extension requests: those waiting, each with its task, the agency and person that asked, the date asked for and
 * why; and those decided in the last 30 days. The office and leaders approve or reject with a reason (a rejection
 * needs one); the requester and the other deciders are told on Telegram as when deciding through the bot.
 */
@Controller
class ExtensionsPage {

    static final String PATH = "/giahan";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final ExtensionActions extensions;
    private final ContactRegister contacts;
    private final BotDispatcher bot;
    private final Texts texts;

    ExtensionsPage(ExtensionActions extensions, ContactRegister contacts, BotDispatcher bot, Texts texts) {
        this.extensions = extensions;
        this.contacts = contacts;
        this.bot = bot;
        this.texts = texts;
    }

    /** A request as a line of the page, its dates written out. */
    record Row(long id, long taskId, String task, String title, String agency, String asker, String askedOn, String dueBefore,
               String asked, String reason, boolean approved, String decidedOn, String decidedBy, String decisionReason) {
    }

    @GetMapping(PATH)
    String page(Principal principal, Model model) {
        ExtensionBoard board = extensions.board(caller(principal));
        List<Row> waiting = rows(board.waiting());
        model.addAttribute("waiting", waiting);
        // A problem is said next to its request's reason field, or at the top when that request is no longer waiting.
        Object problemId = model.getAttribute("problemId");
        model.addAttribute("problemAtTop", model.getAttribute("problem") != null
                && waiting.stream().noneMatch(r -> Long.valueOf(r.id()).equals(problemId)));
        model.addAttribute("decided", rows(board.decided()));
        return "console/extensions";
    }

    @PostMapping(PATH + "/{id}")
    String decide(@PathVariable long id, @RequestParam String decision, @RequestParam(required = false) String reason,
                  Principal principal, RedirectAttributes redirect) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        boolean approve = "approve".equals(decision);
        if (!approve && why == null) {
            redirect.addFlashAttribute("problem", texts.get("console.extensions.reasonNeeded", id));
            redirect.addFlashAttribute("problemId", id);
            return "redirect:" + PATH;
        }
        Caller caller = caller(principal);
        try {
            ExtensionDecided decided = approve ? extensions.approve(caller, id, why) : extensions.reject(caller, id, why);
            bot.extensionDecided(decided, caller.contact());
            ExtensionRequest request = decided.extension();
            redirect.addFlashAttribute("done", texts.get(approve ? "console.extensions.approved" : "console.extensions.rejected",
                    id, request.taskId(), Formats.date(request.requestedDue()), Formats.date(request.dueBefore()),
                    decided.requester().map(Contact::name).orElse(texts.get("console.extensions.nobodyToTell"))));
        } catch (DondocException e) {
            redirect.addFlashAttribute("problem", texts.error(e));
            redirect.addFlashAttribute("problemId", id);
        }
        return "redirect:" + PATH;
    }

    private Caller caller(Principal principal) {
        return Caller.console(contacts.byId(Long.parseLong(principal.getName())).orElseThrow());
    }

    private List<Row> rows(List<ExtensionLine> lines) {
        ZoneId zone = OfficeZone.ID;
        return lines.stream().map(line -> {
            ExtensionRequest r = line.request();
            return new Row(r.id(), r.taskId(), r.item() == null || r.item().isEmpty() ? r.source() : r.source() + " · " + r.item(),
                    r.title(), line.requesterAgency() == null ? "" : line.requesterAgency(),
                    r.requesterName() == null ? "" : r.requesterName(), WHEN.format(r.requestedAt().atZone(zone)),
                    Formats.date(r.dueBefore()), Formats.date(r.requestedDue()), r.reason() == null ? "" : r.reason(),
                    "APPROVED".equals(r.decision()), line.decidedOn() == null ? "" : Formats.date(line.decidedOn()),
                    line.decidedBy() == null ? "" : line.decidedBy(), r.decisionReason() == null ? "" : r.decisionReason());
        }).toList();
    }
}
