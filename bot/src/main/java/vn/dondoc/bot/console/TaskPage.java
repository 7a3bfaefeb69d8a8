package vn.dondoc.bot.console;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletResponse;
import vn.dondoc.messages.Formats;
import vn.dondoc.messages.Texts;
import vn.dondoc.messages.task.HistoryText;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.register.OfficeZone;
import vn.dondoc.scheduler.task.Caller;
import vn.dondoc.scheduler.task.DoneOutcome;
import vn.dondoc.scheduler.task.DoneRequest;
import vn.dondoc.scheduler.task.HistoryEntry;
import vn.dondoc.scheduler.task.MilestoneLine;
import vn.dondoc.scheduler.task.TaskActions;
import vn.dondoc.scheduler.task.TaskEdit;
import vn.dondoc.scheduler.task.TaskEdits;
import vn.dondoc.scheduler.task.TaskError;
import vn.dondoc.scheduler.task.TaskView;

/**
 * One task: its milestones, its history (who, when, what) and the reports in it. The office corrects the title or the
 * deadline phrase (the new milestones previewed, then saved), cancels the task with a reason, or records a completion
 * with its day and the document that proves it. Leaders read the page without the forms. Each form calls one use case
 * as {@code Caller.console(contact)}; a refusal is its sentence next to the form, and nothing is written.
 */
@Controller
class TaskPage {

    static final String PATH = "/nhiemvu/{id}";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final TaskActions actions;
    private final TaskEdits edits;
    private final ConsoleCallers callers;
    private final Texts texts;
    private final HistoryText historyText;
    private final Clock clock;

    TaskPage(TaskActions actions, TaskEdits edits, ConsoleCallers callers, Texts texts, Clock clock) {
        this.actions = actions;
        this.edits = edits;
        this.callers = callers;
        this.texts = texts;
        this.historyText = new HistoryText(texts);
        this.clock = clock;
    }

    /** A milestone as the page lists it. */
    record Milestone(long id, int seq, String due, String originalDue, String doneOn, String statusText, String status,
                     boolean open) {
    }

    /** A line of the history. */
    record Line(String when, String who, String what, boolean report) {
    }

    @GetMapping(PATH)
    String task(@PathVariable long id, Principal principal, Model model, HttpServletResponse response) {
        return show(id, callers.of(principal), model, response);
    }

    @PostMapping(PATH + "/sua")
    String edit(@PathVariable long id, @RequestParam(defaultValue = "") String title,
                @RequestParam(defaultValue = "") String deadline, @RequestParam(defaultValue = "preview") String step,
                Principal principal, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Caller caller = callers.of(principal);
        model.addAttribute("editTitle", title);
        model.addAttribute("editDeadline", deadline);
        try {
            TaskEdit preview = edits.preview(caller, id, title, deadline);
            if (!preview.readable()) {
                model.addAttribute("deadlineProblem", texts.get("console.task.unreadable", preview.deadlineText(),
                        texts.render(preview.deadline().problem())));
            } else if (!preview.changed()) {
                model.addAttribute("editProblem", texts.get("console.task.unchanged"));
            } else if ("save".equals(step)) {
                edits.save(caller, id, title, deadline);
                redirect.addFlashAttribute("done", texts.get("console.task.saved"));
                return "redirect:/nhiemvu/" + id + "#done";
            } else {
                model.addAttribute("preview", preview);
                model.addAttribute("previewBefore", dates(preview.before()));
                model.addAttribute("previewAfter", dates(preview.after()));
            }
        } catch (DondocException e) {
            model.addAttribute("editProblem", texts.error(e));
        }
        model.addAttribute("editing", true);
        return show(id, caller, model, response);
    }

    @PostMapping(PATH + "/huy")
    String cancel(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Principal principal, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        Caller caller = callers.of(principal);
        if (reason.isBlank()) {
            model.addAttribute("cancelProblem", texts.get("console.task.reasonMissing"));
            return show(id, caller, model, response);
        }
        try {
            actions.cancel(caller, id, reason.strip());
        } catch (DondocException e) {
            model.addAttribute("cancelProblem", texts.error(e));
            model.addAttribute("reason", reason);
            return show(id, caller, model, response);
        }
        redirect.addFlashAttribute("done", texts.get("console.task.cancelled", id));
        return "redirect:/nhiemvu/" + id + "#done";
    }

    @PostMapping(PATH + "/xong")
    String done(@PathVariable long id, @RequestParam(defaultValue = "") String on, @RequestParam(defaultValue = "") String document,
                @RequestParam(required = false) Long milestone, Principal principal, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        Caller caller = callers.of(principal);
        model.addAttribute("doneOn", on);
        model.addAttribute("document", document);
        LocalDate day = DayField.parse(on).orElse(null);
        if (day == null) {
            model.addAttribute("doneDateProblem", texts.get("console.task.dateMissing"));
        }
        if (document.isBlank()) {
            model.addAttribute("documentProblem", texts.get("console.task.documentMissing"));
        }
        if (day == null || document.isBlank()) {
            return show(id, caller, model, response);
        }
        try {
            DoneOutcome outcome = actions.reportDone(caller, id, new DoneRequest(milestone, null, day, document.strip()));
            if (outcome instanceof DoneOutcome.Choose) {
                model.addAttribute("doneProblem", texts.get("console.task.chooseMilestone"));
                return show(id, caller, model, response);
            }
            redirect.addFlashAttribute("done", outcome instanceof DoneOutcome.AlreadyDone already
                    ? texts.get("console.task.alreadyDone", Formats.date(already.doneOn()))
                    : texts.get("console.task.doneRecorded", Formats.date(day)));
        } catch (DondocException e) {
            model.addAttribute("doneProblem", texts.error(e));
            return show(id, caller, model, response);
        }
        return "redirect:/nhiemvu/" + id + "#done";
    }

    private String show(long id, Caller caller, Model model, HttpServletResponse response) {
        TaskView view;
        try {
            view = actions.view(caller, id);
        } catch (DondocException e) {
            response.setStatus(e.code() == TaskError.NOT_FOUND ? HttpStatus.NOT_FOUND.value() : HttpStatus.FORBIDDEN.value());
            model.addAttribute("missing", texts.error(e));
            return "console/task";
        }
        LocalDate today = LocalDate.now(clock);
        MilestoneLine first = view.milestones().get(0);
        MilestoneLine current = view.current();
        List<Milestone> milestones = view.milestones().stream().map(l -> new Milestone(l.milestoneId(), l.seq(),
                l.due() == null ? texts.get("tasks.noDue") : Formats.date(l.due()),
                l.originalDue() != null && !l.originalDue().equals(l.due()) ? Formats.date(l.originalDue()) : null,
                l.doneOn() == null ? null : Formats.date(l.doneOn()),
                statusText(l), l.status().name(), l.status().isOpen())).toList();
        // Newest first: what was done last is what the clerk looks for.
        List<Line> history = new java.util.ArrayList<>(view.history().stream().map(this::line).toList());
        java.util.Collections.reverse(history);
        model.addAttribute("task", first);
        model.addAttribute("current", current);
        model.addAttribute("currentText", statusText(current));
        model.addAttribute("milestones", milestones);
        model.addAttribute("openMilestones", milestones.stream().filter(Milestone::open).toList());
        model.addAttribute("history", history);
        model.addAttribute("reports", history.stream().filter(Line::report).toList());
        model.addAttribute("office", ConsoleCallers.office(caller));
        model.addAttribute("cancelled", view.history().stream().anyMatch(h -> h.action().equals("CANCELLED")));
        model.addAttribute("anyOpen", view.milestones().stream().anyMatch(l -> l.status().isOpen()));
        model.addAttribute("today", Formats.date(today));
        if (!model.containsAttribute("editTitle")) {
            model.addAttribute("editTitle", first.title());
            model.addAttribute("editDeadline", first.deadlineText());
        }
        return "console/task";
    }

    private String statusText(MilestoneLine line) {
        String text = texts.get("status." + line.status());
        if (line.status().name().equals("OPEN_OVERDUE") && line.standing() != null) {
            text += " " + texts.get("console.task.daysLate", line.standing().workingDays());
        }
        return text;
    }

    private Line line(HistoryEntry entry) {
        return new Line(WHEN.format(entry.at().atZone(OfficeZone.ID)), historyText.actor(entry), historyText.action(entry),
                HistoryText.isReport(entry));
    }

    private static String dates(List<LocalDate> dates) {
        return dates.isEmpty() ? "—" : String.join(", ", dates.stream().map(d -> d == null ? "—" : Formats.date(d)).toList());
    }
}
