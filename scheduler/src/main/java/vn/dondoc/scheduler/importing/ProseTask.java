package vn.dondoc.scheduler.importing;

import java.util.List;

/**
 * A task found in a notice written in prose (see {@code notice/NoticeReader}), to be saved the way a table row is:
 * its lead and cooperating agencies as written, one a list entry, and the deadline phrase ({@code null} when the
 * text gives none: the task then has no deadline, never a guessed one).
 */
public record ProseTask(int line, List<String> leads, List<String> cooperating, String title, String deadline) {

    public ProseTask {
        leads = List.copyOf(leads);
        cooperating = List.copyOf(cooperating);
    }
}
