package vn.dondoc.bot.command;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.dondoc.bot.freetext.FreeReport;

/**
 * Reports read from words and restated, waiting for Xác nhận. A note or reason does not fit Telegram's 64 bytes
 * of button data, so the button carries a short key and the report waits here, for the chat that wrote it.
 * Kept in memory: after a restart the button says to write again, and nothing is recorded by mistake.
 */
final class PendingReports {

    /** A report whose task is known; {@code newDue} only for an extension. */
    record Pending(long chatId, FreeReport report, long taskId, LocalDate newDue) {
    }

    private final int capacity;
    private long next = 1;
    private final Map<String, Pending> waiting;

    PendingReports(int capacity) {
        this.capacity = capacity;
        // The oldest unanswered restatement goes first when too many wait.
        this.waiting = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Pending> eldest) {
                return size() > PendingReports.this.capacity;
            }
        };
    }

    synchronized String hold(Pending pending) {
        String key = Long.toString(next++, 36);
        waiting.put(key, pending);
        return key;
    }

    /** The report waiting under {@code key} for this chat, removed so a second press records nothing more. */
    synchronized Optional<Pending> take(String key, long chatId) {
        Pending pending = waiting.get(key);
        if (pending == null || pending.chatId() != chatId) {
            return Optional.empty();
        }
        waiting.remove(key);
        return Optional.of(pending);
    }
}
