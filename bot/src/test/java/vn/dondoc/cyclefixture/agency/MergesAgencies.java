package vn.dondoc.cyclefixture.agency;

import vn.dondoc.cyclefixture.task.WritesTaskHistory;

/**
 * A deliberately wrong pair with {@link WritesTaskHistory}: a feature "agency" that writes the history of "task",
 * which names agencies. ModuleBoundariesTests must catch the cycle.
 */
public final class MergesAgencies {

    public static Class<?> history() {
        return WritesTaskHistory.class;
    }
}
