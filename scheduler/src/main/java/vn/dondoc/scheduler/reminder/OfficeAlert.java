package vn.dondoc.scheduler.reminder;

import java.time.Instant;

/** One office contact to tell, in one message, what reminder passes could not do (or did late); {@code runAt} is the pass that found it. */
public record OfficeAlert(long contactId, long chatId, Instant runAt, OfficeNotice notice) {
}
