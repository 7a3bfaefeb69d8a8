package vn.dondoc.scheduler.importing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.dondoc.scheduler.agency.AgencyRegister;
import vn.dondoc.scheduler.calendar.OfficeDays;
import vn.dondoc.scheduler.calendar.WorkingCalendar;
import vn.dondoc.scheduler.deadline.Deadline;
import vn.dondoc.scheduler.deadline.DeadlineKind;
import vn.dondoc.scheduler.deadline.DeadlinePhrases;
import vn.dondoc.scheduler.error.Problem;
import vn.dondoc.scheduler.importing.ImportReport.RejectedRow;
import vn.dondoc.scheduler.importing.ImportReport.UnparsedDeadline;
import vn.dondoc.scheduler.importing.RegisterRows.TaskRow;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.table.Table;
import vn.dondoc.scheduler.table.TableFiles;
import vn.dondoc.scheduler.table.UnreadableFileException;
import vn.dondoc.scheduler.task.Actor;
import vn.dondoc.scheduler.task.SaveOutcome;
import vn.dondoc.scheduler.task.SourceDocument;
import vn.dondoc.scheduler.task.SourceDocuments;
import vn.dondoc.scheduler.task.TaskDraft;
import vn.dondoc.scheduler.task.TaskHistory;
import vn.dondoc.scheduler.task.TaskSaver;

/**
 * Imports the tasks of one assigning document from a .tsv, .csv or .xlsx file. All of the file is
 * written in one transaction or nothing is; the same document and item update a task, never
 * duplicate it; a row that cannot be understood is kept out and reported with its line.
 */
@Component
public final class DocumentImporter {

    private final RegisterDatabase db;
    private final Supplier<? extends WorkingCalendar> calendar;
    private final SourceDocuments sources;
    private final AgencyRegister agencies;
    private final TaskSaver tasks;

    /** The office's calendar (read at each import, so days loaded since count) and the register's own parts. */
    @Autowired
    public DocumentImporter(RegisterDatabase db, OfficeDays days, SourceDocuments sources, AgencyRegister agencies,
                            TaskSaver tasks) {
        this(db, days::calendar, sources, agencies, tasks);
    }

    /** With a calendar of its own, for tests and tools that import into a register they made. */
    public DocumentImporter(RegisterDatabase db, Clock clock, WorkingCalendar calendar) {
        this(db, () -> calendar, new SourceDocuments(db, clock), new AgencyRegister(db, clock),
                new TaskSaver(db, clock, new TaskHistory(db, clock)));
    }

    private DocumentImporter(RegisterDatabase db, Supplier<? extends WorkingCalendar> calendar, SourceDocuments sources,
                             AgencyRegister agencies, TaskSaver tasks) {
        this.db = db;
        this.calendar = calendar;
        this.sources = sources;
        this.agencies = agencies;
        this.tasks = tasks;
    }

    /** Reads and imports in one go. */
    public ImportReport run(ImportRequest request) throws NotARegisterException {
        return save(read(request.file()), request);
    }

    /**
     * Reads a file and finds its register, touching no database: a file that is not a register is
     * refused before the register is even opened.
     */
    public static ParsedRegister read(Path file) throws NotARegisterException {
        return read(file, null);
    }

    /**
     * {@link #read(Path)}, taking the register from the sheet named {@code sheet} of a workbook (null: the first
     * sheet with a register). A sheet that does not hold one is refused like a file that does not.
     */
    public static ParsedRegister read(Path file, String sheet) throws NotARegisterException {
        List<Table> tables;
        try {
            tables = TableFiles.read(file);
        } catch (UnreadableFileException e) {
            throw new NotARegisterException(e.code(), e.args());
        }
        Table table = null;
        HeaderRow header = null;
        List<String> registers = new ArrayList<>();
        for (Table candidate : tables) {
            Optional<HeaderRow> found = HeaderRow.find(candidate.rows());
            if (found.isPresent()) {
                registers.add(candidate.sheet());
            }
            boolean wanted = sheet == null || sheet.equals(candidate.sheet());
            if (found.isPresent() && table == null && wanted) {
                table = candidate;
                header = found.get();
            }
        }
        if (table == null) {
            throw new NotARegisterException(ImportError.NO_HEADER, List.of());
        }
        RegisterRows.Result rows = RegisterRows.read(table.rows(), header);
        if (rows.tasks().isEmpty()) {
            int headerLine = table.rows().get(header.index()).line();
            throw rows.rejected().isEmpty()
                    ? new NotARegisterException(ImportError.NO_TASK_ROWS, List.of(headerLine))
                    : new NotARegisterException(ImportError.NO_TASK_ROWS_REJECTED,
                            List.of(headerLine, rows.rejected().get(0).line(), rows.rejected().get(0).reason()));
        }
        List<String> others = new ArrayList<>(registers);
        others.remove(table.sheet());
        return new ParsedRegister(file.getFileName().toString(), table.sheet(), rows, others);
    }

    /**
     * Writes what {@link #read} found, in one transaction (rolled back for a dry run). Everything that can be
     * worked out without writing (agency names, deadline phrases) is worked out first, so the transaction
     * only writes and the register is held for as short a time as possible: the bot's reports wait for it.
     */
    public ImportReport save(ParsedRegister parsed, ImportRequest request) {
        Prepared prepared = prepare(request, parsed);
        Supplier<ImportReport> work = () -> write(request, parsed, prepared);
        return request.dryRun() ? db.inRolledBackTransaction(work) : db.inTransaction(work);
    }

    /** A task row with its agencies (provisional ids for new ones) and its deadline, ready to write. */
    private record PreparedRow(TaskRow row, String phrase, List<Long> lead, List<Long> cooperating, List<String> notes, Deadline deadline) {
    }

    private record Prepared(AgencyResolver agencies, List<PreparedRow> rows, List<RejectedRow> rejected) {
    }

    private Prepared prepare(ImportRequest request, ParsedRegister parsed) {
        AgencyResolver agencies = new AgencyResolver(this.agencies);
        DeadlinePhrases deadlines = new DeadlinePhrases(calendar.get());
        List<PreparedRow> prepared = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>(parsed.rows().rejected());
        for (TaskRow row : parsed.rows().tasks()) {
            List<String> notes = new ArrayList<>();
            List<Long> lead = agencies.resolve(row.lead(), true, row.line(), notes);
            if (lead.isEmpty()) {
                rejected.add(new RejectedRow(row.line(), Problem.of(ImportError.UNKNOWN_LEAD, row.lead().trim())));
                continue;
            }
            List<Long> cooperating = agencies.resolve(row.cooperating(), false, row.line(), notes);
            String phrase = request.deadlineOf(row.line(), row.deadline());
            Deadline deadline = phrase.isBlank() && parsed.blankDeadlineIsNone()
                    ? new Deadline(DeadlineKind.NONE, List.of(), null)
                    : deadlines.parse(phrase, request.issued(), request.effectivePlanYear());
            prepared.add(new PreparedRow(row, phrase, lead, cooperating, notes, deadline));
        }
        return new Prepared(agencies, prepared, rejected);
    }

    private ImportReport write(ImportRequest request, ParsedRegister parsed, Prepared prepared) {
        RegisterRows.Result rows = parsed.rows();
        boolean sourceCreated = sources.find(request.sourceNumber()).isEmpty();
        String fileName = parsed.fileName();
        SourceDocument source = sources.save(request.sourceNumber(), request.issued(), request.effectivePlanYear(),
                rows.title(), fileName);
        AgencyResolver agencies = prepared.agencies();
        java.util.Map<Long, Long> realIds = agencies.apply(this.agencies);
        java.util.function.Function<List<Long>, List<Long>> real = ids -> ids.stream().map(id -> realIds.getOrDefault(id, id)).toList();
        Actor actor = request.by() == null ? Actor.program("import " + fileName)
                : new Actor(request.by().name() + " (" + fileName + ")", request.by().contactId(), request.by().chatId());

        List<RejectedRow> rejected = new ArrayList<>(prepared.rejected());
        List<UnparsedDeadline> unparsed = new ArrayList<>();
        int[] outcomes = new int[SaveOutcome.Kind.values().length];
        List<ImportReport.SavedTask> saved = new ArrayList<>();
        int milestones = 0;
        int withoutFixedDeadline = 0;
        Set<String> items = new HashSet<>();
        for (PreparedRow p : prepared.rows()) {
            TaskRow row = p.row();
            Deadline deadline = p.deadline();
            TaskDraft draft = new TaskDraft(row.item(), row.groupCode(), row.groupTitle(), row.title(), p.phrase(),
                    deadline, real.apply(p.lead()), real.apply(p.cooperating()),
                    p.notes().isEmpty() ? null : String.join("; ", p.notes()), row.line());
            SaveOutcome outcome = tasks.save(source, draft, actor);
            outcomes[outcome.kind().ordinal()]++;
            saved.add(new ImportReport.SavedTask(row.line(), row.item(), row.title(), outcome.kind(), outcome.changed()));
            items.add(row.item());
            milestones += deadline.dates().size();
            if (deadline.kind() == DeadlineKind.NONE || deadline.kind() == DeadlineKind.EVENT) {
                withoutFixedDeadline++;
            } else if (deadline.kind() == DeadlineKind.UNPARSED) {
                unparsed.add(new UnparsedDeadline(row.line(), row.item(), p.phrase(), deadline.problem()));
            }
        }
        rejected.sort(java.util.Comparator.comparingInt(RejectedRow::line));
        List<String> missing = db.jdbc().queryForList("SELECT item FROM task WHERE source_id = ?", String.class, source.id())
                .stream().filter(item -> !items.contains(item)).toList();
        return new ImportReport(source, sourceCreated, parsed.sheet(),
                outcomes[SaveOutcome.Kind.CREATED.ordinal()], outcomes[SaveOutcome.Kind.UPDATED.ordinal()],
                outcomes[SaveOutcome.Kind.UNCHANGED.ordinal()], rows.groups(), rows.itemsQualifiedByGroup(), milestones, withoutFixedDeadline,
                unparsed, agencies.created(), agencies.recognised(), rejected, missing, parsed.otherSheets(), request.dryRun(), saved);
    }
}
