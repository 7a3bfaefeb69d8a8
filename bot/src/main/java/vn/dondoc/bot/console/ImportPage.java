package vn.dondoc.bot.console;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dondoc.messages.Formats;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.importing.DocumentImporter;
import vn.dondoc.scheduler.importing.ImportReport;
import vn.dondoc.scheduler.importing.ImportRequest;
import vn.dondoc.scheduler.importing.NotARegisterException;
import vn.dondoc.scheduler.importing.ParsedRegister;
import vn.dondoc.scheduler.notice.NoticeImport;
import vn.dondoc.scheduler.task.SaveOutcome;

/**
 * Import a document's register in the browser: upload the file with the document's number and date, see exactly what
 * the import will do (the importer's dry run: new, changed and unchanged tasks, new agencies, names recognised,
 * deadlines not understood — corrected right there — and rows not taken), choose another sheet of a workbook, then
 * confirm. Nothing is written before the confirmation; the file waits in a temporary folder of the session
 * ({@link PendingImport}), never in the register. A file that is not a register gets one sentence next to the field.
 * A notice in prose (.docx, .pdf, or a .txt without a table's header) is previewed task by task instead
 * ({@link NoticeImportForm}): each can be dropped, or its lead agency, text and deadline phrase written again.
 * An upload over the limit is refused by the server while the request is read, before any controller runs (Tomcat
 * answers 413); templates/error/413.html says so in one sentence with the way back to this page.
 */
@Controller
class ImportPage {

    static final String PATH = "/nhap";
    private final DocumentImporter importer;
    private final Texts texts;
    private final ConsoleCallers callers;
    private final NoticeImportForm notices;

    ImportPage(DocumentImporter importer, Texts texts, ConsoleCallers callers, NoticeImport notices) {
        this.importer = importer;
        this.texts = texts;
        this.callers = callers;
        this.notices = new NoticeImportForm(notices, texts);
    }

    /** A leader reads the page but does not import: the form is for the office only (security refuses the POST). */
    @org.springframework.web.bind.annotation.ModelAttribute("office")
    boolean office(java.security.Principal principal) {
        return principal != null && ConsoleCallers.office(callers.of(principal));
    }

    /** A task of the preview: its line and item, title, and what the import does to it. */
    record PlannedTask(int line, String item, String title, String what) {
    }

    @GetMapping(PATH)
    String page(HttpSession session, Model model) {
        PendingImport pending = pending(session);
        if (pending != null) {
            return pending.notice() ? notices.preview(pending, session, model) : preview(pending, session, model);
        }
        return "console/import";
    }

    @PostMapping(PATH)
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "") String number,
                  @RequestParam(defaultValue = "") String issued, HttpSession session, Model model) {
        session.removeAttribute(PendingImport.SESSION_KEY);
        model.addAttribute("number", number);
        model.addAttribute("issued", issued);
        LocalDate issuedOn = date(issued);
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileProblem", texts.get("console.import.fileMissing"));
        }
        if (number.isBlank()) {
            model.addAttribute("numberProblem", texts.get("console.import.numberMissing"));
        }
        if (issuedOn == null) {
            model.addAttribute("issuedProblem", texts.get("console.import.issuedMissing"));
        }
        if (file == null || file.isEmpty() || number.isBlank() || issuedOn == null) {
            return "console/import";
        }
        PendingImport pending;
        try {
            pending = PendingImport.keep(file.getInputStream(), file.getOriginalFilename(), number.strip(), issuedOn);
        } catch (IOException e) {
            model.addAttribute("fileProblem", texts.get("console.import.uploadFailed"));
            return "console/import";
        }
        session.setAttribute(PendingImport.SESSION_KEY, pending);
        if (notices.isNotice(pending, model)) {
            pending.markNotice();
            return notices.preview(pending, session, model);
        }
        if (model.containsAttribute("fileProblem")) {
            session.removeAttribute(PendingImport.SESSION_KEY);
            return "console/import";
        }
        return preview(pending, session, model);
    }

    @PostMapping(PATH + "/xem-lai")
    String again(@RequestParam(required = false) String sheet, @RequestParam Map<String, String> form, HttpSession session,
                 Model model) {
        PendingImport pending = pending(session);
        if (pending == null) {
            return "redirect:" + PATH;
        }
        if (pending.notice()) {
            notices.edit(pending, form);
            return notices.preview(pending, session, model);
        }
        pending.choose(sheet, corrections(form));
        return preview(pending, session, model);
    }

    @PostMapping(PATH + "/xac-nhan")
    String confirm(@RequestParam(required = false) String sheet, @RequestParam Map<String, String> form, HttpSession session,
                   Model model, RedirectAttributes redirect, java.security.Principal principal) {
        vn.dondoc.scheduler.task.Actor by = callers.of(principal).actor();
        PendingImport pending = pending(session);
        if (pending == null) {
            return "redirect:" + PATH;
        }
        if (pending.notice()) {
            notices.edit(pending, form);
            Optional<ImportReport> saved = notices.save(pending, model, by);
            if (saved.isEmpty()) {
                return notices.preview(pending, session, model);
            }
            return imported(saved.get(), session, redirect);
        }
        pending.choose(sheet, corrections(form));
        ParsedRegister parsed;
        try {
            parsed = DocumentImporter.read(pending.file(), pending.sheet());
        } catch (NotARegisterException e) {
            session.removeAttribute(PendingImport.SESSION_KEY);
            model.addAttribute("fileProblem", texts.get("console.import.notARegister", pending.fileName(), texts.error(e)));
            return "console/import";
        }
        return imported(importer.save(parsed, request(pending, false).by(by)), session, redirect);
    }

    private String imported(ImportReport report, HttpSession session, RedirectAttributes redirect) {
        session.removeAttribute(PendingImport.SESSION_KEY);
        redirect.addFlashAttribute("imported", texts.get("console.import.imported", report.source().number(),
                Formats.date(report.source().issuedOn()), report.created(), report.updated(), report.unchanged()));
        redirect.addFlashAttribute("importedUnparsed", report.unparsed().size());
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/huy")
    String cancel(HttpSession session) {
        session.removeAttribute(PendingImport.SESSION_KEY);
        return "redirect:" + PATH;
    }

    private String preview(PendingImport pending, HttpSession session, Model model) {
        ParsedRegister parsed;
        try {
            parsed = DocumentImporter.read(pending.file(), pending.sheet());
        } catch (NotARegisterException e) {
            session.removeAttribute(PendingImport.SESSION_KEY);
            model.addAttribute("number", pending.number());
            model.addAttribute("issued", Formats.date(pending.issued()));
            model.addAttribute("fileProblem", texts.get("console.import.notARegister", pending.fileName(), texts.error(e)));
            return "console/import";
        }
        ImportReport report = importer.save(parsed, request(pending, true));
        List<String> sheets = new ArrayList<>();
        if (!parsed.otherSheets().isEmpty()) {
            sheets.add(parsed.sheet());
            sheets.addAll(parsed.otherSheets());
        }
        List<PlannedTask> created = new ArrayList<>();
        List<PlannedTask> updated = new ArrayList<>();
        for (ImportReport.SavedTask t : report.saved()) {
            if (t.kind() == SaveOutcome.Kind.CREATED) {
                created.add(new PlannedTask(t.line(), t.item(), Formats.clip(t.title(), 200), ""));
            } else if (t.kind() == SaveOutcome.Kind.UPDATED) {
                updated.add(new PlannedTask(t.line(), t.item(), Formats.clip(t.title(), 200), String.join(", ",
                        t.changed().stream().map(f -> texts.get("console.import.field." + field(f))).distinct().toList())));
            }
        }
        model.addAttribute("pending", true);
        model.addAttribute("fileName", pending.fileName());
        model.addAttribute("report", report);
        model.addAttribute("heading", texts.get("console.import.previewOf", report.source().number(),
                Formats.date(report.source().issuedOn()), pending.fileName()));
        model.addAttribute("sheets", sheets);
        model.addAttribute("sheet", parsed.sheet());
        model.addAttribute("created", created);
        model.addAttribute("updated", updated);
        model.addAttribute("corrected", pending.deadlines());
        Map<Integer, String> kept = new java.util.TreeMap<>(pending.deadlines());
        report.unparsed().forEach(u -> kept.remove(u.line()));
        model.addAttribute("kept", kept);
        model.addAttribute("unparsed", report.unparsed().stream().map(u -> new Unparsed(u.line(), u.item(), u.phrase(),
                texts.render(u.problem()))).toList());
        model.addAttribute("rejected", report.rejected().stream().map(r -> texts.get("console.import.rejectedLine", r.line(),
                texts.render(r.reason()))).toList());
        return "console/import";
    }

    /** A deadline the importer could not read, with the field to write it again in. */
    record Unparsed(int line, String item, String phrase, String why) {
    }

    private static String field(String changed) {
        return switch (changed) {
            case "title", "deadline_text", "due", "lead", "cooperating" -> changed;
            case "deadline_kind" -> "deadline_text";
            default -> "other";
        };
    }

    private static ImportRequest request(PendingImport pending, boolean dryRun) {
        return new ImportRequest(pending.file(), pending.number(), pending.issued(), null, dryRun, pending.deadlines());
    }

    /** The deadline fields of the preview, named "line.N" by the line of their row. */
    private static Map<Integer, String> corrections(Map<String, String> form) {
        Map<Integer, String> corrected = new HashMap<>();
        form.forEach((name, value) -> {
            if (name.matches("line\\.\\d{1,7}")) {
                corrected.put(Integer.parseInt(name.substring("line.".length())), value);
            }
        });
        return corrected;
    }

    private static PendingImport pending(HttpSession session) {
        PendingImport pending = (PendingImport) session.getAttribute(PendingImport.SESSION_KEY);
        if (pending != null && !pending.exists()) {
            session.removeAttribute(PendingImport.SESSION_KEY);
            return null;
        }
        return pending;
    }

    private static LocalDate date(String text) {
        return DayField.parse(text).orElse(null);
    }
}
