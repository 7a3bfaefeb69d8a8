package vn.dondoc.scheduler.importing;

import java.nio.file.Path;
import java.time.LocalDate;

/** Import {@code file} as the tasks of document {@code sourceNumber}; the plan year defaults to the issue year. */
public record ImportRequest(Path file, String sourceNumber, LocalDate issued, Integer planYear, boolean dryRun) {

    public int effectivePlanYear() {
        return planYear != null ? planYear : issued.getYear();
    }
}
