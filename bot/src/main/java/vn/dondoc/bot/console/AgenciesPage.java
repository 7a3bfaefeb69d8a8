package vn.dondoc.bot.console;

import java.security.Principal;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.agency.Agency;
import vn.dondoc.scheduler.agency.AgencyActions;
import vn.dondoc.scheduler.agency.AgencyError;
import vn.dondoc.scheduler.agency.AgencyOverview;
import vn.dondoc.scheduler.agency.AgencyRegister;
import vn.dondoc.scheduler.agency.AgencyShortNames;
import vn.dondoc.scheduler.contact.ContactRegister;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.task.AgencyMerged;
import vn.dondoc.scheduler.task.AgencyMerges;
import vn.dondoc.scheduler.task.Caller;
import vn.dondoc.scheduler.text.VietnameseText;

/**
 * The agencies ({@code /coquan}): each with its other names, short name, tasks and contacts, and those with tasks but
 * nobody to remind called out first. The office adds an agency, adds or removes another name, renames, sets a short
 * name, and merges one agency into another after a confirmation page (it cannot be undone). A refusal comes back as
 * a sentence next to the field it is about.
 */
@Controller
class AgenciesPage {

    static final String PATH = "/coquan";
    /** The "agency" of a refusal about the merge form at the top of the page (0 is the form adding an agency). */
    static final long MERGE_FORM = -1;

    private final AgencyRegister agencies;
    private final AgencyActions actions;
    private final AgencyMerges merges;
    private final AgencyShortNames shortNames;
    private final ContactRegister contacts;
    private final Texts texts;

    AgenciesPage(AgencyRegister agencies, AgencyActions actions, AgencyMerges merges, AgencyShortNames shortNames,
                 ContactRegister contacts, Texts texts) {
        this.agencies = agencies;
        this.actions = actions;
        this.merges = merges;
        this.shortNames = shortNames;
        this.contacts = contacts;
        this.texts = texts;
    }

    /** A refusal to show next to field {@code field} of agency {@code agency} (0: the form adding an agency). */
    record Problem(long agency, String field, String text, String written) {
    }

    /** {@code q}: only the agencies whose name, other names or short name hold these words, written any way. */
    @GetMapping(PATH)
    String agencies(@RequestParam(defaultValue = "") String q, Model model) {
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        List<AgencyOverview> all = agencies.overview().stream()
                .sorted(Comparator.comparing((AgencyOverview a) -> a.agency().name(), vietnamese)).toList();
        String wanted = VietnameseText.fold(q);
        model.addAttribute("agencies", wanted.isEmpty() ? all : all.stream().filter(a -> matches(a, wanted)).toList());
        model.addAttribute("total", all.size());
        model.addAttribute("q", q.strip());
        model.addAttribute("nobody", all.stream().filter(AgencyOverview::nobodyToRemind).toList());
        model.addAttribute("choices", all.stream().map(AgencyOverview::agency).toList());
        return "console/agencies";
    }

    private static boolean matches(AgencyOverview a, String wanted) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(a.agency().name(), a.shortName()),
                        a.agency().aliases().stream())
                .anyMatch(name -> name != null && VietnameseText.fold(name).contains(wanted));
    }

    /** The merge form at the top of the page: on to the one agency's confirmation page, which says what will move. */
    @GetMapping(PATH + "/gop")
    String chooseMerge(@RequestParam(required = false) Long from, @RequestParam(required = false) Long into,
                       RedirectAttributes redirect) {
        if (from == null || into == null) {
            return refused(redirect, MERGE_FORM, "merge", "", texts.get("console.agencies.chooseBoth"));
        }
        if (from.equals(into)) {
            String name = overview(from).map(a -> a.agency().name()).orElse(String.valueOf(from));
            return refused(redirect, MERGE_FORM, "merge", "", texts.error(new DondocException(AgencyError.SELF_MERGE, name)));
        }
        return "redirect:" + PATH + "/" + from + "/gop?into=" + into;
    }

    @PostMapping(PATH)
    String add(@RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
        return change(redirect, 0, "name", name, () -> texts.get("console.agencies.added", actions.add(name).name()));
    }

    @PostMapping(PATH + "/{id}/ten-khac")
    String addAlias(@PathVariable long id, @RequestParam(defaultValue = "") String alias, RedirectAttributes redirect) {
        return change(redirect, id, "alias", alias, () -> {
            Agency agency = actions.addAlias(id, alias);
            return texts.get("console.agencies.aliasAdded", alias.strip(), agency.name());
        });
    }

    @PostMapping(PATH + "/{id}/ten-khac/xoa")
    String removeAlias(@PathVariable long id, @RequestParam(defaultValue = "") String alias, RedirectAttributes redirect) {
        return change(redirect, id, "aliases", alias, () -> {
            Agency agency = actions.removeAlias(id, alias);
            return texts.get("console.agencies.aliasRemoved", alias, agency.name());
        });
    }

    @PostMapping(PATH + "/{id}/doi-ten")
    String rename(@PathVariable long id, @RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
        return change(redirect, id, "rename", name, () -> {
            Agency agency = actions.rename(id, name);
            return texts.get("console.agencies.renamed", agency.name());
        });
    }

    @PostMapping(PATH + "/{id}/ten-viet-tat")
    String shortName(@PathVariable long id, @RequestParam(defaultValue = "") String shortName, RedirectAttributes redirect) {
        return change(redirect, id, "shortName", shortName, () -> {
            Agency agency = agencies.byId(id).orElseThrow(() -> new DondocException(AgencyError.NOT_FOUND, id));
            return texts.get("console.agencies.shortNameSet", agency.name(), shortNames.set(agency, shortName));
        });
    }

    /** The confirmation before a merge: what will move, and that it cannot be undone. Reads only. */
    @GetMapping(PATH + "/{id}/gop")
    String confirmMerge(@PathVariable long id, @RequestParam(required = false) Long into, Model model,
                        RedirectAttributes redirect) {
        Optional<AgencyOverview> from = overview(id);
        Optional<AgencyOverview> target = into == null ? Optional.empty() : overview(into);
        if (from.isEmpty()) {
            return refused(redirect, MERGE_FORM, "merge", "", texts.error(new DondocException(AgencyError.NOT_FOUND, id)));
        }
        if (into != null && into == id) {
            return refused(redirect, id, "merge", "", texts.error(new DondocException(AgencyError.SELF_MERGE, from.get().agency().name())));
        }
        if (target.isEmpty()) {
            return refused(redirect, id, "merge", "", texts.get("console.agencies.chooseTarget"));
        }
        model.addAttribute("from", from.get());
        model.addAttribute("into", target.get());
        model.addAttribute("contactCount", contacts.all().stream()
                .filter(c -> c.agencyId() != null && c.agencyId() == id).count());
        return "console/agency-merge";
    }

    @PostMapping(PATH + "/{id}/gop")
    String merge(@PathVariable long id, @RequestParam(required = false) Long into, Principal principal,
                 RedirectAttributes redirect) {
        if (into == null) {
            return refused(redirect, id, "merge", "", texts.get("console.agencies.chooseTarget"));
        }
        return change(redirect, id, "merge", "", () -> {
            AgencyMerged merged = merges.merge(id, into, caller(principal));
            return texts.get("console.agencies.merged", merged.from().name(), merged.into().name(), merged.tasks(),
                    merged.contacts());
        });
    }

    private String change(RedirectAttributes redirect, long agency, String field, String written,
                          java.util.function.Supplier<String> change) {
        try {
            redirect.addFlashAttribute("done", change.get());
            return "redirect:" + PATH + (agency == 0 ? "" : "#agency-" + agency);
        } catch (DondocException e) {
            return refused(redirect, agency, field, written, texts.error(e));
        }
    }

    private String refused(RedirectAttributes redirect, long agency, String field, String written, String text) {
        redirect.addFlashAttribute("problem", new Problem(agency, field, text, written));
        return "redirect:" + PATH + (agency == 0 ? "" : agency == MERGE_FORM ? "#merge-agencies" : "#agency-" + agency);
    }

    private Optional<AgencyOverview> overview(long id) {
        return agencies.overview().stream().filter(a -> a.agency().id() == id).findFirst();
    }

    private Caller caller(Principal principal) {
        return Caller.console(contacts.byId(Long.parseLong(principal.getName())).orElseThrow());
    }
}
