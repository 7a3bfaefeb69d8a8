package vn.dondoc.scheduler.importing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Import {@code file} as the tasks of document {@code sourceNumber}; the plan year defaults to the issue year.
 * {@code deadlines} are the office's corrections of deadline phrases, by the line of the row in the file (the
 * console's import page, where an unreadable deadline is fixed before confirming); empty when none.
 */
public record ImportRequest(Path file, String sourceNumber, LocalDate issued, Integer planYear, boolean dryRun,
                            Map<Integer, String> deadlines) {

    public ImportRequest {
        deadlines = deadlines == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(deadlines));
    }

    public ImportRequest(Path file, String sourceNumber, LocalDate issued, Integer planYear, boolean dryRun) {
        this(file, sourceNumber, issued, planYear, dryRun, Map.of());
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
