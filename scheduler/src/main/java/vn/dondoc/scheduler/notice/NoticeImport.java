package vn.dondoc.scheduler.notice;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import vn.dondoc.scheduler.agency.AgencyMatcher;
import vn.dondoc.scheduler.agency.AgencyRegister;
import vn.dondoc.scheduler.calendar.OfficeDays;
import vn.dondoc.scheduler.deadline.Deadline;
import vn.dondoc.scheduler.deadline.DeadlineKind;
import vn.dondoc.scheduler.deadline.DeadlinePhrases;
import vn.dondoc.scheduler.error.DondocException;
import vn.dondoc.scheduler.importing.DocumentImporter;
import vn.dondoc.scheduler.importing.ImportReport;
import vn.dondoc.scheduler.importing.ImportRequest;
import vn.dondoc.scheduler.importing.ParsedRegister;
import vn.dondoc.scheduler.importing.ProseTask;

/**
 * Imports the tasks of a notice in prose: {@link #read} finds them (touching nothing), {@link #save} writes them
 * through the table importer, so a notice's tasks are saved, updated and reported exactly as a table's are.
 */
@Service
public class NoticeImport {

    /** What a notice assigns, each task with what its deadline phrase means. */
    public record Reading(String fileName, List<Read> tasks) {
    }

    /** One task and its deadline: NONE when the text gives none, UNPARSED when the phrase is not understood. */
    public record Read(NoticeTask task, Deadline deadline) {
    }

    /**
     * The office's changes to what was read, by the task's place in {@link Reading#tasks()} counted from 1 (not by its
     * line: a paragraph that gives two agencies two tasks puts both on one line): the tasks dropped, and a task's lead
     * agencies ("; " between them), text or deadline phrase written again. {@link #NONE}: saved as read.
     */
    public record Edits(Set<Integer> dropped, Map<Integer, Correction> corrections) {

        public static final Edits NONE = new Edits(Set.of(), Map.of());

        public Edits {
            dropped = Set.copyOf(dropped);
            corrections = Map.copyOf(corrections);
        }
    }

    /**
     * One task written again: {@code null} keeps what was read; a blank lead or task also keeps it (a task needs both),
     * a blank deadline phrase means the task has no deadline.
     */
    public record Correction(String leads, String task, String deadlinePhrase) {
    }

    private final DocumentImporter importer;
    private final AgencyRegister agencies;
    private final OfficeDays days;

    public NoticeImport(DocumentImporter importer, AgencyRegister agencies, OfficeDays days) {
        this.importer = importer;
        this.agencies = agencies;
        this.days = days;
    }

    /** @throws DondocException {@link NoticeError} when the file cannot be read or assigns nothing */
    public Reading read(Path file, LocalDate issued, int planYear) {
        List<String> lines = NoticeFiles.lines(file);
        // Judged before the register is opened: a file that assigns nothing is refused and touches nothing.
        if (new NoticeReader(List.of()).read(lines).isEmpty()) {
            throw new DondocException(DondocException.Kind.BAD_INPUT, NoticeError.NO_TASKS, null);
        }
        List<NoticeTask> found = new NoticeReader(agencies.all()).read(lines);
        DeadlinePhrases deadlines = new DeadlinePhrases(days.calendar());
        List<Read> tasks = found.stream()
                .map(t -> new Read(t, deadline(deadlines, t.deadlinePhrase(), issued, planYear))).toList();
        return new Reading(file.getFileName().toString(), tasks);
    }

    /** Writes what {@link #read} found (nothing for a dry run), in one transaction, as the table importer does. */
    public ImportReport save(Reading reading, ImportRequest request) {
        return write(reading, request);
    }

    /**
     * What {@code reading} becomes with the office's edits: the dropped tasks left out, the corrected ones written
     * again, their deadline phrases read anew for {@code issued} and {@code planYear}. Touches nothing.
     */
    public Reading edited(Reading reading, Edits edits, LocalDate issued, int planYear) {
        DeadlinePhrases deadlines = new DeadlinePhrases(days.calendar());
        List<Read> kept = new ArrayList<>();
        for (int number = 1; number <= reading.tasks().size(); number++) {
            Read read = reading.tasks().get(number - 1);
            NoticeTask task = read.task();
            if (edits.dropped().contains(number)) {
                continue;
            }
            Correction c = edits.corrections().get(number);
            if (c == null) {
                kept.add(read);
                continue;
            }
            List<String> leads = c.leads() == null || c.leads().isBlank() ? task.leads() : names(c.leads());
            String text = c.task() == null || c.task().isBlank() ? task.task() : c.task().strip();
            String phrase = c.deadlinePhrase() == null ? task.deadlinePhrase()
                    : c.deadlinePhrase().isBlank() ? null : c.deadlinePhrase().strip();
            NoticeTask corrected = new NoticeTask(task.line(), leads, task.cooperating(), text, phrase);
            kept.add(new Read(corrected, Objects.equals(phrase, task.deadlinePhrase()) ? read.deadline()
                    : deadline(deadlines, phrase, issued, planYear)));
        }
        return new Reading(reading.fileName(), kept);
    }

    /**
     * The corrected lead agencies no agency of the register answers to, by the task's place: a lead written again by
     * hand must name an agency the office knows (what was read may name a new one, reported as the table import does).
     */
    public Map<Integer, String> unknownLeads(Edits edits) {
        AgencyMatcher matcher = agencies.matcher();
        Map<Integer, String> unknown = new TreeMap<>();
        edits.corrections().forEach((number, c) -> {
            if (c.leads() != null && !c.leads().isBlank() && !edits.dropped().contains(number)) {
                names(c.leads()).stream().filter(name -> matcher.match(name).kind() == AgencyMatcher.Kind.NONE)
                        .findFirst().ifPresent(name -> unknown.put(number, name));
            }
        });
        return unknown;
    }

    /**
     * Writes the tasks the office kept, with its corrections, in one transaction, as {@link #save(Reading, ImportRequest)}.
     *
     * @throws DondocException {@link NoticeError#NOTHING_KEPT} when every task was dropped,
     *         {@link NoticeError#UNKNOWN_AGENCY} (line, name) when a corrected lead names no agency; nothing is written
     */
    public ImportReport save(Reading reading, Edits edits, ImportRequest request) {
        Map<Integer, String> unknown = unknownLeads(edits);
        if (!unknown.isEmpty()) {
            Map.Entry<Integer, String> first = unknown.entrySet().iterator().next();
            int line = reading.tasks().get(first.getKey() - 1).task().line();
            throw new DondocException(DondocException.Kind.BAD_INPUT, NoticeError.UNKNOWN_AGENCY, null, line, first.getValue());
        }
        Reading kept = edited(reading, edits, request.issued(), request.effectivePlanYear());
        if (kept.tasks().isEmpty()) {
            throw new DondocException(DondocException.Kind.BAD_INPUT, NoticeError.NOTHING_KEPT, null);
        }
        return write(kept, request);
    }

    private ImportReport write(Reading reading, ImportRequest request) {
        List<ProseTask> tasks = reading.tasks().stream().map(Read::task)
                .map(t -> new ProseTask(t.line(), t.leads(), t.cooperating(), t.task(), t.deadlinePhrase())).toList();
        return importer.save(ParsedRegister.ofProse(reading.fileName(), null, tasks), request);
    }

    private static Deadline deadline(DeadlinePhrases deadlines, String phrase, LocalDate issued, int planYear) {
        return phrase == null ? new Deadline(DeadlineKind.NONE, List.of(), null) : deadlines.parse(phrase, issued, planYear);
    }

    /** Agencies written in one field, "; " (or a line break) between them. */
    private static List<String> names(String written) {
        return Arrays.stream(written.split("[;\\n]")).map(String::strip).filter(n -> !n.isEmpty()).toList();
    }
}
