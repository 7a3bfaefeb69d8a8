package vn.dondoc.scheduler.digest;

import java.util.List;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.task.MilestoneLine;

/**
 * One recipient's digest: the figures, and the milestones it counts (the register that goes with it).
 * Recipients of one scope share the same {@code digest} and {@code lines} instances within a run, so a
 * channel can render the chart and the workbook once per scope.
 */
public record DigestMessage(long contactId, long chatId, String contactName, ContactRole role, Digest digest,
                            List<MilestoneLine> lines) {
}
