package vn.dondoc.scheduler.importing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import vn.dondoc.scheduler.task.Actor;

/**
 * Import {@code file} as the tasks of document {@code sourceNumber}; the plan year defaults to the issue year.
 * {@code deadlines} are the office's corrections of deadline phrases, by the line of the row in the file (the
 * console's import page, where an unreadable deadline is fixed before confirming); empty when none. {@code by} is
 * the person who asked for it (the office in the console or the bot), named in each task's history with the file;
 * null for the command line, whose history says the office imported the file.
 */
public record ImportRequest(Path file, String sourceNumber, LocalDate issued, Integer planYear, boolean dryRun,
                            Map<Integer, String> deadlines, Actor by) {

    public ImportRequest {
        deadlines = deadlines == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(deadlines));
    }

    public ImportRequest(Path file, String sourceNumber, LocalDate issued, Integer planYear, boolean dryRun) {
        this(file, sourceNumber, issued, planYear, dryRun, Map.of(), null);
    }

    public ImportRequest(Path file, String sourceNumber, LocalDate issued, Integer planYear, boolean dryRun,
                         Map<Integer, String> deadlines) {
        this(file, sourceNumber, issued, planYear, dryRun, deadlines, null);
    }

    /** The same import, asked for by {@code person}. */
    public ImportRequest by(Actor person) {
        return new ImportRequest(file, sourceNumber, issued, planYear, dryRun, deadlines, person);
    }

    public int effectivePlanYear() {
        return planYear != null ? planYear : issued.getYear();
    }

    /** The phrase of the row on {@code line}: the office's correction when there is one and it is not blank. */
    String deadlineOf(int line, String written) {
        String corrected = deadlines.get(line);
        return corrected == null || corrected.isBlank() ? written : corrected.strip();
    }
}
