package vn.dondoc.scheduler.task;

import java.util.List;

/** The requests waiting for a decision (oldest first) and those decided lately (newest first). */
public record ExtensionBoard(List<ExtensionLine> waiting, List<ExtensionLine> decided) {

    public ExtensionBoard {
        waiting = List.copyOf(waiting);
        decided = List.copyOf(decided);
    }
}
