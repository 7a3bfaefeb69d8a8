package vn.dondoc.bot.console;

import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.ui.Model;
import vn.dondoc.messages.Formats;
import vn.dondoc.messages.Texts;
import vn.dondoc.messages.importing.ImportText;
import vn.dondoc.messages.importing.NoticeText;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.importing.DocumentImporter;
import vn.dondoc.scheduler.importing.ImportError;
import vn.dondoc.scheduler.importing.ImportReport;
import vn.dondoc.scheduler.importing.ImportRequest;
import vn.dondoc.scheduler.importing.NotARegisterException;
import vn.dondoc.scheduler.notice.NoticeError;
import vn.dondoc.scheduler.notice.NoticeFiles;
import vn.dondoc.scheduler.notice.NoticeImport;
import vn.dondoc.scheduler.notice.NoticeTask;

/**
 * The import page's part for a notice in prose: each task the reader found (line, lead agencies, text, deadline
 * phrase and its dates, cooperating agencies, as {@code import --dry-run} lists them) with a box to drop it and fields
 * to write its lead, text or deadline again; the import's own summary under it. Rows are numbered by their place in
 * the reading ({@link NoticeImport.Edits}); the file is read again at each step, so nothing but the edits is kept.
 */
final class NoticeImportForm {

    /** One task of the preview, as corrected so far; {@code problem} is the sentence next to an unknown lead. */
    record Row(int number, int line, String leads, String task, String phrase, String deadline, String cooperating,
               boolean dropped, String problem) {
    }

    private final NoticeImport notices;
    private final Texts texts;

    NoticeImportForm(NoticeImport notices, Texts texts) {
        this.notices = notices;
        this.texts = texts;
    }

    /**
     * Whether the upload is a notice: a .docx or .pdf always (one that assigns nothing gets its sentence in
     * {@code fileProblem}), a .txt when it has no table's header but assigns tasks, as {@code import} decides.
     */
    boolean isNotice(PendingImport pending, Model model) {
        if (NoticeFiles.isProseKind(pending.file())) {
            try {
                read(pending);
                return true;
            } catch (DondocException e) {
                model.addAttribute("number", pending.number());
                model.addAttribute("issued", pending.issued().toString());
                model.addAttribute("fileProblem", texts.get("console.import.notANotice", pending.fileName(), texts.error(e)));
                return false;
            }
        }
        if (!pending.fileName().toLowerCase(Locale.ROOT).endsWith(".txt")) {
            return false;
        }
        try {
            DocumentImporter.read(pending.file());
            return false;
        } catch (NotARegisterException e) {
            if (e.code() != ImportError.NO_HEADER) {
                return false;
            }
            try {
                read(pending);
                return true;
            } catch (DondocException notANotice) {
                return false; // the table's own refusal is shown by the table's preview
            }
        }
    }

    String preview(PendingImport pending, HttpSession session, Model model) {
        NoticeImport.Reading read;
        try {
            read = read(pending);
        } catch (DondocException e) {
            session.removeAttribute(PendingImport.SESSION_KEY);
            model.addAttribute("number", pending.number());
            model.addAttribute("issued", pending.issued().toString());
            model.addAttribute("fileProblem", texts.get("console.import.notANotice", pending.fileName(), texts.error(e)));
            return "console/import";
        }
        NoticeImport.Edits edits = pending.edits();
        int year = pending.issued().getYear();
        // Every row as corrected, the dropped ones too (their box stays ticked and their fields kept).
        NoticeImport.Reading corrected = notices.edited(read, new NoticeImport.Edits(Set.of(), edits.corrections()),
                pending.issued(), year);
        NoticeImport.Reading kept = notices.edited(read, edits, pending.issued(), year);
        Map<Integer, String> unknown = notices.unknownLeads(edits);
        NoticeText listing = new NoticeText(texts);
        List<Row> rows = new ArrayList<>();
        for (int number = 1; number <= corrected.tasks().size(); number++) {
            NoticeImport.Read r = corrected.tasks().get(number - 1);
            NoticeTask t = r.task();
            String problem = unknown.containsKey(number)
                    ? texts.error(new DondocException(NoticeError.UNKNOWN_AGENCY, t.line(), unknown.get(number))) : null;
            String phrase = t.deadlinePhrase() == null ? "" : t.deadlinePhrase();
            rows.add(new Row(number, t.line(), NoticeText.leads(t), t.task(), phrase,
                    listing.deadline(r), String.join("; ", t.cooperating()), edits.dropped().contains(number), problem));
        }
        model.addAttribute("pending", true);
        model.addAttribute("noticeRows", rows);
        model.addAttribute("fileName", pending.fileName());
        model.addAttribute("heading", texts.get("console.import.previewOf", pending.number(), Formats.date(pending.issued()),
                pending.fileName()));
        model.addAttribute("noticeFound", texts.get("console.import.notice.found", read.tasks().size(), kept.tasks().size()));
        model.addAttribute("noticeSummary", kept.tasks().isEmpty() ? List.of(texts.error(
                new DondocException(NoticeError.NOTHING_KEPT)))
                : new ImportText(texts).lines(notices.save(kept, request(pending, true)), pending.fileName()));
        return "console/import";
    }

    /** The rows of the form: "drop.N" ticked, and "lead.N", "task.N", "deadline.N" where they differ from the reading. */
    void edit(PendingImport pending, Map<String, String> form) {
        NoticeImport.Reading read;
        try {
            read = read(pending);
        } catch (DondocException e) {
            return; // preview() says why
        }
        Set<Integer> dropped = new HashSet<>();
        Map<Integer, NoticeImport.Correction> corrections = new TreeMap<>();
        for (int number = 1; number <= read.tasks().size(); number++) {
            NoticeTask t = read.tasks().get(number - 1).task();
            if (form.containsKey("drop." + number)) {
                dropped.add(number);
            }
            String leads = changed(form.get("lead." + number), NoticeText.leads(t));
            String task = changed(form.get("task." + number), t.task());
            String phrase = changed(form.get("deadline." + number), t.deadlinePhrase() == null ? "" : t.deadlinePhrase());
            if (leads != null || task != null || phrase != null) {
                corrections.put(number, new NoticeImport.Correction(leads, task, phrase));
            }
        }
        pending.edit(new NoticeImport.Edits(dropped, corrections));
    }

    /** Saves the tasks kept; empty with the reason in {@code saveProblem} when nothing may be written. */
    Optional<ImportReport> save(PendingImport pending, Model model, vn.dondoc.scheduler.task.Actor by) {
        try {
            return Optional.of(notices.save(read(pending), pending.edits(), request(pending, false).by(by)));
        } catch (DondocException e) {
            model.addAttribute("saveProblem", texts.error(e));
            return Optional.empty();
        }
    }

    private NoticeImport.Reading read(PendingImport pending) {
        return notices.read(pending.file(), pending.issued(), pending.issued().getYear());
    }

    private static ImportRequest request(PendingImport pending, boolean dryRun) {
        return new ImportRequest(pending.file(), pending.number(), pending.issued(), null, dryRun);
    }

    /** The field's value when the office changed it (spaces aside), else {@code null}: kept as read. */
    private static String changed(String field, String read) {
        if (field == null || field.strip().equals(read.strip())) {
            return null;
        }
        return field.strip();
    }
}
