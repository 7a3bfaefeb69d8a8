package vn.dondoc.scheduler.digest;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.dondoc.scheduler.task.MilestoneStatus;

/**
 * The statuses in the words of the office's reports, for the chart and the workbook. The scheduler
 * may not read the messages bundles, so the words are repeated here; a bot test checks they equal
 * {@code status.*} in texts_vi.properties.
 */
public final class StatusLabels {

    /** The standard four, in the order reports and the chart show them. */
    public static final List<MilestoneStatus> FOUR = List.of(MilestoneStatus.DONE_ON_TIME, MilestoneStatus.DONE_LATE,
            MilestoneStatus.OPEN_ON_TIME, MilestoneStatus.OPEN_OVERDUE);

    private static final Map<MilestoneStatus, String> VIETNAMESE = new EnumMap<>(Map.of(
            MilestoneStatus.DONE_ON_TIME, "hoàn thành đúng hạn",
            MilestoneStatus.DONE_LATE, "hoàn thành quá hạn",
            MilestoneStatus.OPEN_ON_TIME, "đang thực hiện trong hạn",
            MilestoneStatus.OPEN_OVERDUE, "đang thực hiện quá hạn",
            MilestoneStatus.NO_DEADLINE, "không có thời hạn",
            MilestoneStatus.CANCELLED, "đã hủy"));

    private StatusLabels() {
    }

    public static String vietnamese(MilestoneStatus status) {
        return VIETNAMESE.get(status);
    }
}
