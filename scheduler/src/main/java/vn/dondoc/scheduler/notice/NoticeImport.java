package vn.dondoc.scheduler.notice;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
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
        List<Read> tasks = found.stream().map(t -> new Read(t, t.deadlinePhrase() == null
                ? new Deadline(DeadlineKind.NONE, List.of(), null)
                : deadlines.parse(t.deadlinePhrase(), issued, planYear))).toList();
        return new Reading(file.getFileName().toString(), tasks);
    }

    /** Writes what {@link #read} found (nothing for a dry run), in one transaction, as the table importer does. */
    public ImportReport save(Reading reading, ImportRequest request) {
        List<ProseTask> tasks = reading.tasks().stream().map(Read::task)
                .map(t -> new ProseTask(t.line(), t.leads(), t.cooperating(), t.task(), t.deadlinePhrase())).toList();
        return importer.save(ParsedRegister.ofProse(reading.fileName(), null, tasks), request);
    }
}
