package vn.dondoc.scheduler.reminder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the office is told after reminder passes: people who blocked the bot, messages that failed and are
 * not tried again, messages that failed and are being tried again, agencies with nobody to remind, and messages that went late after
 * failing (Telegram out of reach since {@code troubleSince}). Kept in the register as text (one line per
 * item) so a notice retried later says what it said at first.
 *
 * @param unreached    lead agencies that had a reminder due and nobody active to get it
 * @param lateMessages people whose reminders went late after failing (or waiting for Telegram)
 * @param troubleSince when the first of the late or retried messages failed; null when none
 */
public record OfficeNotice(List<ReminderReport.Problem> blocked, List<ReminderReport.Problem> failed,
                           List<ReminderReport.Problem> retrying, List<ReminderReport.Unreached> unreached,
                           int lateMessages, Instant troubleSince) {

    public OfficeNotice {
        blocked = List.copyOf(blocked);
        failed = List.copyOf(failed);
        retrying = List.copyOf(retrying);
        unreached = List.copyOf(unreached);
    }

    public boolean isEmpty() {
        return blocked.isEmpty() && failed.isEmpty() && retrying.isEmpty() && unreached.isEmpty() && lateMessages == 0;
    }

    /** Only late deliveries to tell: Telegram is back and everything went. */
    public boolean onlyLate() {
        return !undelivered() && unreached.isEmpty();
    }

    /** Some reminder did not reach its person (blocked, failed, or still being tried). */
    public boolean undelivered() {
        return !blocked.isEmpty() || !failed.isEmpty() || !retrying.isEmpty();
    }

    String encode() {
        StringBuilder out = new StringBuilder();
        out.append("LATE\t").append(lateMessages).append('\t').append(troubleSince == null ? "" : troubleSince).append('\n');
        blocked.forEach(p -> line(out, "BLOCKED", p));
        failed.forEach(p -> line(out, "FAILED", p));
        retrying.forEach(p -> line(out, "RETRYING", p));
        unreached.forEach(u -> out.append("UNREACHED\t").append(u.agencyId()).append('\t').append(clean(u.agency()))
                .append('\t').append(u.milestones()).append('\n'));
        return out.toString();
    }

    static OfficeNotice decode(String body) {
        List<ReminderReport.Problem> blocked = new ArrayList<>();
        List<ReminderReport.Problem> failed = new ArrayList<>();
        List<ReminderReport.Problem> retrying = new ArrayList<>();
        List<ReminderReport.Unreached> unreached = new ArrayList<>();
        int late = 0;
        Instant since = null;
        for (String line : body.split("\n")) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "LATE" -> {
                    late = Integer.parseInt(f[1]);
                    since = f[2].isEmpty() ? null : Instant.parse(f[2]);
                }
                case "BLOCKED" -> blocked.add(problem(f));
                case "FAILED" -> failed.add(problem(f));
                case "RETRYING" -> retrying.add(problem(f));
                case "UNREACHED" -> unreached.add(new ReminderReport.Unreached(Long.parseLong(f[1]), f[2], Integer.parseInt(f[3])));
                default -> {
                    // An empty trailing line.
                }
            }
        }
        return new OfficeNotice(blocked, failed, retrying, unreached, late, since);
    }

    private static void line(StringBuilder out, String kind, ReminderReport.Problem p) {
        out.append(kind).append('\t').append(p.contactId()).append('\t').append(clean(p.name())).append('\t')
                .append(clean(p.agency())).append('\t').append(clean(p.reason())).append('\n');
    }

    private static ReminderReport.Problem problem(String[] f) {
        return new ReminderReport.Problem(Long.parseLong(f[1]), f[2], f[3].isEmpty() ? null : f[3], f[4]);
    }

    /** Tabs and line breaks would break the line format; a reason from Telegram may hold either. */
    private static String clean(String text) {
        return text == null ? "" : text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
