package vn.dondoc.scheduler.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dondoc.scheduler.contact.Recipients;
import vn.dondoc.scheduler.delivery.DeliveryOutcomes;
import vn.dondoc.scheduler.delivery.DeliveryResult;
import vn.dondoc.scheduler.delivery.RedeliverySettings;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.task.MilestoneLine;

/**
 * One run of the reminder job. It plans, writes every new reminder PENDING in one transaction
 * before sending anything, then sends what is PENDING (also rows a crashed run left) and what failed
 * earlier for a reason that may pass and is due again, as one message per chat, up to the channel's
 * {@link ReminderChannel#inFlight()} under way at once, recording each outcome as soon as it comes. So nothing
 * is lost across a crash or an outage, and a crash between sends and their records repeats at most the
 * messages under way (8 with Telegram's default). A failed reminder is tried again until it goes, or a newer
 * reminder of the same milestone replaces it, or it is no longer wanted (done, cancelled, contact gone).
 * When several messages in a row fail so, Telegram is out of reach: the rest wait for the next pass.
 * Indicator figures asked of a contact go in the same message; their rows keep the simpler PENDING, then
 * SENT, FAILED or BLOCKED handling (a failed figure reminder is not tried again: the next point asks again).
 *
 * <p>Not meant to run twice at once on one register; the scheduler runs it as one non-concurrent job.
 */
@Component
public final class ReminderRun {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderRun.class);
    /**
     * How long a stopped pass waits for the messages under way before interrupting them: enough for eight at
     * Telegram's pace and round trip, so a stop leaves none half-sent; short enough for run's stop (10 s).
     */
    static final java.time.Duration STOP_GRACE = java.time.Duration.ofSeconds(2);

    private final RegisterDatabase db;
    private final Clock clock;
    private final ReminderPlanner planner;
    private final DeliveryOutcomes outcomes;
    private final RedeliverySettings redelivery;
    private final IndicatorReminders indicators;

    @Autowired
    public ReminderRun(RegisterDatabase db, Clock clock, ReminderPlanner planner, DeliveryOutcomes outcomes,
                       RedeliverySettings redelivery, IndicatorReminders indicators) {
        this.db = db;
        this.clock = clock;
        this.planner = planner;
        this.outcomes = outcomes;
        this.redelivery = redelivery;
        this.indicators = indicators;
    }

    /** Tasks only: for tools and tests that plan no indicator figures. */
    public ReminderRun(RegisterDatabase db, Clock clock, ReminderPlanner planner, DeliveryOutcomes outcomes,
                       RedeliverySettings redelivery) {
        this(db, clock, planner, outcomes, redelivery, null);
    }

    /**
     * Plans and sends the reminders due at {@code now}. A dry run builds the same messages and hands
     * them to {@code channel} (which only prints), but records nothing. Throws {@link ReminderError#BUSY}
     * when another pass holds the register's reminder lock.
     */
    public ReminderReport run(Instant now, ReminderChannel channel, boolean dryRun) {
        if (dryRun) {
            return pass(now, channel, true);
        }
        return db.exclusively("reminders", ReminderError.BUSY, () -> pass(now, channel, false));
    }

    private ReminderReport pass(Instant now, ReminderChannel channel, boolean dryRun) {
        ReminderPlanner.Plan plan = planner.plan(now);
        IndicatorReminders.Plan figures = indicators == null
                ? new IndicatorReminders.Plan(IndicatorReminders.noLines(), List.of())
                : indicators.plan(plan.day(), plan.lastEligible(), plan.recipients());
        int planned;
        List<Row> rows;
        List<IndicatorReminders.Planned> pendingFigures;
        if (dryRun) {
            planned = plan.planned().size() + figures.planned().size();
            rows = new ArrayList<>(openRows());
            plan.planned().forEach(p -> rows.add(new Row(p, false, null, 0)));
            pendingFigures = new ArrayList<>(indicators == null ? List.of() : indicators.pending());
            pendingFigures.addAll(figures.planned());
        } else {
            planned = db.inTransaction(() -> {
                insertUnreached(plan.unreached());
                int inserted = insertPending(plan.planned())
                        + (indicators == null ? 0 : indicators.insertPending(figures.planned(), clock.instant()));
                giveUpSuperseded();
                return inserted;
            });
            rows = openRows();
            pendingFigures = indicators == null ? List.of() : indicators.pending();
        }
        List<Row> stale = new ArrayList<>();
        List<Long> staleFigures = new ArrayList<>();
        Map<Long, List<IndicatorReminder>> figuresByContact = figureReminders(figures, pendingFigures, plan.recipients(),
                staleFigures);
        List<Outgoing> messages = messages(plan, rows, stale, figuresByContact, now);
        if (!dryRun && (!stale.isEmpty() || !staleFigures.isEmpty())) {
            dropStale(stale, staleFigures);
        }
        Tally tally = new Tally(dryRun, planned, unreached(plan));
        List<Row> deferred = new ArrayList<>();
        int inARow = send(messages, channel, dryRun, now, tally, deferred);
        if (!dryRun && !deferred.isEmpty()) {
            boolean interrupted = Thread.interrupted();
            db.inTransaction(() -> {
                jdbc().batchUpdate("UPDATE delivery SET first_failed_at = coalesce(first_failed_at, ?) WHERE id = ?", deferred, 500,
                        (ps, r) -> {
                            ps.setString(1, now.toString());
                            ps.setLong(2, r.reminder().deliveryId());
                        });
            });
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (tally.deferred > 0 && Thread.currentThread().isInterrupted()) {
            LOG.info("Stopped: {} reminder message(s) wait for the next pass", tally.deferred);
        } else if (tally.deferred > 0) {
            LOG.warn("{} reminder message(s) in a row failed ({}); {} more wait for the next pass", inARow,
                    tally.lastReason, tally.deferred);
        }
        return tally.report();
    }

    /**
     * Sends the messages, up to the channel's {@link ReminderChannel#inFlight()} at once (one for a dry run, whose
     * printing keeps its order), and writes each outcome down on this thread as soon as it comes, each in its own
     * short transaction: the sending threads never touch the register. A new message starts only when an
     * outcome has been written, so no more than that many can be sent and not yet recorded when the process
     * dies. A stop (an interrupt) starts nothing more and gives what is under way {@link #STOP_GRACE} to finish,
     * then interrupts it (a second interrupt does so at once); whatever comes back is still written down.
     * Returns how many outcomes in a row at the end were failures that may pass.
     */
    private int send(List<Outgoing> messages, ReminderChannel channel, boolean dryRun, Instant now, Tally tally,
                     List<Row> deferred) {
        int inARow = 0;
        boolean interrupted = false; // stopping: nothing more is started
        boolean givenUp = false;     // stopping, and what was under way has been interrupted
        long graceEnds = 0;
        java.util.Iterator<Outgoing> next = messages.iterator();
        int limit = dryRun ? 1 : channel.inFlight();
        boolean answered = false; // Telegram has answered one send of this pass other than with a failure that may pass
        try (InFlight<Outgoing> sends = new InFlight<>(limit)) {
            while (true) {
                // One at a time until Telegram answers, and again after a failure that may pass until it answers
                // again: an outage is found after DONDOC_OUTAGE_AFTER messages tried, not after that many at once.
                int width = answered && inARow == 0 ? limit : 1;
                while (!interrupted && next.hasNext() && sends.underWay() < width && inARow < redelivery.outageAfter()) {
                    if (Thread.interrupted()) {
                        // A stop (it came while an outcome was being written): as in the catch below.
                        interrupted = true;
                        graceEnds = System.nanoTime() + STOP_GRACE.toNanos();
                        break;
                    }
                    Outgoing outgoing = next.next();
                    sends.start(outgoing, () -> deliver(channel, outgoing.message()));
                }
                if (sends.underWay() == 0) {
                    break;
                }
                InFlight.Done<Outgoing> done;
                try {
                    if (interrupted && !givenUp) {
                        // Stopping: what is under way may still finish and be written down, for a little while.
                        done = sends.next(Math.max(0, graceEnds - System.nanoTime()));
                        if (done == null) {
                            // Still under way (a 429's pause, a Telegram that does not answer): interrupted.
                            givenUp = true;
                            sends.interrupt().forEach(never -> tally.defer());
                            continue;
                        }
                    } else {
                        done = sends.next();
                    }
                } catch (InterruptedException e) {
                    if (!interrupted) {
                        // A stop: nothing more is started; the rest stays open for the next pass.
                        interrupted = true;
                        graceEnds = System.nanoTime() + STOP_GRACE.toNanos();
                    } else if (!givenUp) {
                        // Asked again: what is under way is interrupted at once (its result still comes back).
                        givenUp = true;
                        sends.interrupt().forEach(never -> tally.defer());
                    }
                    continue;
                }
                if (!dryRun) {
                    record(done.item(), done.result(), now);
                }
                tally.add(done.item().message(), done.result());
                inARow = done.result() instanceof DeliveryResult.Failed f && f.mayPass() ? inARow + 1 : 0;
                answered |= inARow == 0;
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        while (next.hasNext()) {
            Outgoing outgoing = next.next();
            tally.defer();
            if (!interrupted) {
                // Telegram is out of reach: trying every chat would only wait on every one. The rows stay
                // open for the next pass, marked late so the office hears of them once they go.
                deferred.addAll(outgoing.rows());
            }
        }
        return inARow;
    }

    /**
     * A failed reminder of a milestone and contact that now have a newer one planned is not sent any more:
     * the newer one says what is due now (a missed day is caught up by one reminder, not by several).
     */
    private void giveUpSuperseded() {
        jdbc().update("UPDATE delivery SET retry_at = NULL, tell = 0, reason = reason || '; superseded by a newer reminder'"
                + " WHERE status = 'FAILED' AND retry_at IS NOT NULL AND EXISTS (SELECT 1 FROM delivery n"
                + " WHERE n.milestone_id = delivery.milestone_id AND n.contact_id = delivery.contact_id"
                + " AND n.point_on > delivery.point_on)");
    }

    /**
     * Never sent and no longer wanted (done, cancelled, figure reported, contact gone): as if never planned, or
     * given up if it failed before.
     */
    private void dropStale(List<Row> stale, List<Long> staleFigures) {
        db.inTransaction(() -> {
            if (indicators != null) {
                indicators.deleteStale(staleFigures);
            }
            jdbc().batchUpdate("DELETE FROM delivery WHERE id = ? AND status = 'PENDING'",
                    stale.stream().filter(r -> !r.failedBefore()).toList(), 500, (ps, r) -> ps.setLong(1, r.reminder().deliveryId()));
            jdbc().batchUpdate("UPDATE delivery SET retry_at = NULL, tell = 0, reason = reason || '; no longer wanted'"
                            + " WHERE id = ? AND status = 'FAILED'",
                    stale.stream().filter(Row::failedBefore).toList(), 500, (ps, r) -> ps.setLong(1, r.reminder().deliveryId()));
        });
    }

    private int insertPending(List<PlannedReminder> planned) {
        String at = clock.instant().toString();
        int[][] counts = jdbc().batchUpdate("INSERT INTO delivery (milestone_id, task_id, contact_id, chat_id, kind, working_days,"
                        + " point_on, escalated, planned_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING') ON CONFLICT DO NOTHING",
                planned, 1000, (ps, p) -> {
                    ps.setLong(1, p.milestoneId());
                    ps.setLong(2, p.taskId());
                    ps.setLong(3, p.contactId());
                    ps.setLong(4, p.chatId());
                    ps.setString(5, p.kind().name());
                    ps.setInt(6, p.workingDays());
                    ps.setString(7, p.pointOn().toString());
                    ps.setInt(8, p.escalated() ? 1 : 0);
                    ps.setString(9, at);
                });
        int inserted = 0;
        for (int[] batch : counts) {
            for (int n : batch) {
                inserted += Math.max(n, 0);
            }
        }
        return inserted;
    }

    private void insertUnreached(List<ReminderPlanner.UnreachedPoint> points) {
        String at = clock.instant().toString();
        jdbc().batchUpdate("INSERT INTO unreached (milestone_id, agency_id, kind, point_on, told_at)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", points, 1000, (ps, p) -> {
                    ps.setLong(1, p.milestoneId());
                    ps.setLong(2, p.agencyId());
                    ps.setString(3, p.kind().name());
                    ps.setString(4, p.pointOn().toString());
                    ps.setString(5, at);
                });
    }

    /** Per agency, how many milestones reached a point with nobody to remind; by name. */
    private static List<ReminderReport.Unreached> unreached(ReminderPlanner.Plan plan) {
        Map<Long, Set<Long>> byAgency = new HashMap<>();
        plan.unreached().forEach(p -> byAgency.computeIfAbsent(p.agencyId(), k -> new HashSet<>()).add(p.milestoneId()));
        Comparator<String> vietnamese = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi-VN"))::compare;
        return byAgency.entrySet().stream()
                .map(e -> new ReminderReport.Unreached(e.getKey(), plan.agencyNames().get(e.getKey()), e.getValue().size()))
                .sorted(Comparator.comparing(ReminderReport.Unreached::agency, vietnamese))
                .toList();
    }

    /**
     * Rows written and not yet sent: PENDING ones, and FAILED ones to try again (with when). Dry-run rows not
     * yet written have delivery id 0.
     */
    private List<Row> openRows() {
        return jdbc().query("SELECT id, milestone_id, task_id, contact_id, chat_id, kind, working_days, point_on, escalated,"
                        + " status, retry_at, attempts FROM delivery"
                        + " WHERE status = 'PENDING' OR status = 'FAILED' AND retry_at IS NOT NULL ORDER BY id",
                (rs, n) -> new Row(new PlannedReminder(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), ReminderKind.valueOf(rs.getString(6)), rs.getInt(7), LocalDate.parse(rs.getString(8)),
                        rs.getInt(9) == 1), rs.getString(10).equals("FAILED"),
                        rs.getString(11) == null ? null : Instant.parse(rs.getString(11)), rs.getInt(12)));
    }

    /** The indicator figures each contact is asked for; rows no longer wanted go to {@code stale}. */
    private Map<Long, List<IndicatorReminder>> figureReminders(IndicatorReminders.Plan figures,
                                                               List<IndicatorReminders.Planned> rows,
                                                               Recipients.Active recipients, List<Long> stale) {
        Map<Long, List<IndicatorReminder>> byContact = new TreeMap<>();
        for (IndicatorReminders.Planned row : rows) {
            IndicatorReminder reminder = indicators == null ? null : indicators.reminder(row, figures.lines());
            Recipients.Recipient contact = recipients.byId(row.contactId());
            if (reminder == null || contact == null || contact.chatId() != row.chatId()) {
                if (row.deliveryId() > 0) {
                    stale.add(row.deliveryId());
                }
                continue;
            }
            byContact.computeIfAbsent(row.contactId(), k -> new ArrayList<>()).add(reminder);
        }
        byContact.values().forEach(list -> list.sort(Comparator.comparing(IndicatorReminder::periodEnd)));
        return byContact;
    }

    /**
     * One message per contact of the rows still wanted, with the figures the contact is asked for. A contact
     * whose rows all failed before and are not due again yet (and who is asked for no figure) waits; one with
     * anything due gets everything open in one message.
     */
    private List<Outgoing> messages(ReminderPlanner.Plan plan, List<Row> rows, List<Row> stale,
                                    Map<Long, List<IndicatorReminder>> figures, Instant now) {
        Map<Long, List<Row>> byContact = new TreeMap<>();
        for (Row row : rows) {
            PlannedReminder p = row.reminder();
            MilestoneLine line = plan.milestones().get(p.milestoneId());
            Recipients.Recipient contact = plan.recipients().byId(p.contactId());
            if (line == null || !line.status().isOpen() || contact == null || contact.chatId() != p.chatId()) {
                if (p.deliveryId() > 0) {
                    stale.add(row);
                }
                continue;
            }
            byContact.computeIfAbsent(p.contactId(), k -> new ArrayList<>()).add(row);
        }
        Comparator<Reminder> byDue = Comparator.comparing(Reminder::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(r -> plan.documentOrder().get(r.milestoneId()));
        // One message per chat: its task reminders and the figures it is asked for together.
        figures.keySet().forEach(contactId -> byContact.computeIfAbsent(contactId, k -> new ArrayList<>()));
        List<Outgoing> messages = new ArrayList<>();
        byContact.forEach((contactId, contactRows) -> {
            if (!figures.containsKey(contactId) && contactRows.stream().noneMatch(r -> r.dueAt(now))) {
                return;
            }
            Recipients.Recipient c = plan.recipients().byId(contactId);
            List<Reminder> reminders = new ArrayList<>();
            // The lines are read as of the run's day: what each message says is counted for the day it is sent.
            for (Row row : contactRows) {
                PlannedReminder p = row.reminder();
                MilestoneLine line = plan.milestones().get(p.milestoneId());
                reminders.add(new Reminder(p.deliveryId(), p.taskId(), p.milestoneId(), line.source(), line.item(),
                        line.title(), line.lead(), line.deadlineText(), line.due(), line.originalDue(), p.kind(),
                        p.workingDays(), p.pointOn(), p.escalated(), line.standing()));
            }
            reminders.sort(byDue);
            messages.add(new Outgoing(new ReminderMessage(c.id(), c.chatId(), c.name(), c.role(), c.agency(), reminders,
                    figures.getOrDefault(contactId, List.of())), contactRows));
        });
        return messages;
    }

    /** A channel that throws is a failed message, not a stopped run: the other chats still get theirs. */
    private static DeliveryResult deliver(ReminderChannel channel, ReminderMessage message) {
        try {
            return channel.deliver(message);
        } catch (RuntimeException e) {
            LOG.warn("Reminder message to contact {} (chat {}) failed: {}", message.contactId(), message.chatId(), e.toString());
            // Most likely the way to Telegram (the channel maps Telegram's own refusals to results).
            return DeliveryResult.Failed.mayPass(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /**
     * Records one message's outcome on each of its rows. A failure that may pass is tried again after a wait
     * that grows with the row's attempts; the office is told of a row's trouble once (blocked, failed, or
     * sent late after failing), whatever happens to it afterwards.
     */
    private void record(Outgoing outgoing, DeliveryResult result, Instant now) {
        // A stop interrupts the pass: what was sent must still be written down, or it would go again.
        boolean interrupted = Thread.interrupted();
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    write(outgoing, result, now);
                    break;
                } catch (RuntimeException e) {
                    // A stop that lands during the write itself (the pool gives up waiting for the connection and
                    // sets the flag again) is still only a stop: the outcome is written down all the same.
                    if (!Thread.interrupted() || attempt == 3) {
                        throw e;
                    }
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void write(Outgoing outgoing, DeliveryResult result, Instant now) {
        String at = clock.instant().toString();
        List<Row> rows = outgoing.rows();
        long contactId = outgoing.message().contactId();
        List<Long> figureIds = outgoing.message().indicators().stream().map(IndicatorReminder::deliveryId).toList();
        db.inTransaction(() -> {
            if (result instanceof DeliveryResult.Sent sent) {
                String ids = sent.messageIds().stream().map(String::valueOf).collect(Collectors.joining(","));
                if (indicators != null) {
                    indicators.update(figureIds, "SENT", ids, null, at);
                }
                jdbc().batchUpdate("UPDATE delivery SET status = 'SENT', message_ids = ?, finished_at = ?, attempts = attempts + 1,"
                        + " retry_at = NULL, tell = CASE WHEN first_failed_at IS NOT NULL AND told_at IS NULL THEN 1 ELSE 0 END"
                        + " WHERE id = ?", rows, 500, (ps, r) -> {
                    ps.setString(1, ids);
                    ps.setString(2, at);
                    ps.setLong(3, r.reminder().deliveryId());
                });
            } else if (result instanceof DeliveryResult.Failed failed) {
                if (indicators != null) {
                    indicators.update(figureIds, "FAILED", null, failed.reason(), at);
                }
                jdbc().batchUpdate("UPDATE delivery SET status = 'FAILED', reason = ?, finished_at = ?, attempts = attempts + 1,"
                        + " first_failed_at = coalesce(first_failed_at, ?), retry_at = ?,"
                        + " tell = CASE WHEN told_at IS NULL THEN 1 ELSE 0 END WHERE id = ?", rows, 500, (ps, r) -> {
                    ps.setString(1, failed.reason());
                    ps.setString(2, at);
                    ps.setString(3, now.toString());
                    ps.setString(4, failed.mayPass() ? redelivery.nextAttempt(now, r.attempts() + 1).toString() : null);
                    ps.setLong(5, r.reminder().deliveryId());
                });
            } else if (result instanceof DeliveryResult.Blocked blocked) {
                // Every reminder still waiting for this person, not only this message's: none can reach them.
                jdbc().update("UPDATE delivery SET status = 'BLOCKED', reason = ?, finished_at = ?, retry_at = NULL,"
                        + " tell = CASE WHEN told_at IS NULL THEN 1 ELSE 0 END, attempts = attempts + 1"
                        + " WHERE contact_id = ? AND (status = 'PENDING' OR status = 'FAILED' AND retry_at IS NOT NULL)",
                        blocked.reason(), at, contactId);
                if (indicators != null) {
                    indicators.blocked(contactId, blocked.reason(), at);
                }
                outcomes.record(contactId, result);
            }
        });
    }

    /** A delivery row to send: new (PENDING), or failed before and to be tried again from {@code retryAt}. */
    private record Row(PlannedReminder reminder, boolean failedBefore, Instant retryAt, int attempts) {

        boolean dueAt(Instant now) {
            return !failedBefore || retryAt == null || !retryAt.isAfter(now);
        }
    }

    /** One message and the rows it carries. */
    private record Outgoing(ReminderMessage message, List<Row> rows) {
    }

    /** Counts outcomes as they come. */
    private static final class Tally {
        private final boolean dryRun;
        private final int planned;
        private int messages;
        private int sent;
        private int deferred;
        private String lastReason;
        private final List<ReminderReport.Problem> failures = new ArrayList<>();
        private final List<ReminderReport.Problem> blocked = new ArrayList<>();
        private final List<ReminderReport.Unreached> unreached;

        Tally(boolean dryRun, int planned, List<ReminderReport.Unreached> unreached) {
            this.dryRun = dryRun;
            this.planned = planned;
            this.unreached = unreached;
        }

        void add(ReminderMessage message, DeliveryResult result) {
            messages++;
            if (result instanceof DeliveryResult.Sent) {
                sent++;
            } else if (result instanceof DeliveryResult.Failed f) {
                failures.add(problem(message, f.reason()));
                lastReason = f.reason();
            } else if (result instanceof DeliveryResult.Blocked b) {
                blocked.add(problem(message, b.reason()));
            }
        }

        void defer() {
            deferred++;
        }

        private static ReminderReport.Problem problem(ReminderMessage message, String reason) {
            return new ReminderReport.Problem(message.contactId(), message.contactName(), message.agency(), reason);
        }

        ReminderReport report() {
            return new ReminderReport(dryRun, planned, messages, sent, failures.size(), blocked.size(), failures, blocked,
                    unreached, deferred);
        }
    }

    /** The register is opened on first use, not when this is built. */
    private JdbcTemplate jdbc() {
        return db.jdbc();
    }
}
