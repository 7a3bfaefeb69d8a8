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
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.task.MilestoneLine;

/**
 * One run of the reminder job. It plans, writes every new reminder PENDING in one transaction
 * before sending anything, then sends what is PENDING (also rows a crashed run left) as one message
 * per chat, recording each outcome right after its message. So nothing is lost across a crash, and
 * a crash between a send and its record repeats at most that one message.
 *
 * <p>Not meant to run twice at once on one register; the scheduler runs it as one non-concurrent job.
 */
@Component
public final class ReminderRun {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderRun.class);

    private final RegisterDatabase db;
    private final Clock clock;
    private final ReminderPlanner planner;
    private final DeliveryOutcomes outcomes;
    private final IndicatorReminders indicators;

    @Autowired
    public ReminderRun(RegisterDatabase db, Clock clock, ReminderPlanner planner, DeliveryOutcomes outcomes,
                       IndicatorReminders indicators) {
        this.db = db;
        this.clock = clock;
        this.planner = planner;
        this.outcomes = outcomes;
        this.indicators = indicators;
    }

    /** Tasks only: for tools and tests that plan no indicator figures. */
    public ReminderRun(RegisterDatabase db, Clock clock, ReminderPlanner planner, DeliveryOutcomes outcomes) {
        this(db, clock, planner, outcomes, null);
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
        List<PlannedReminder> pending;
        List<IndicatorReminders.Planned> pendingFigures;
        if (dryRun) {
            planned = plan.planned().size() + figures.planned().size();
            pending = new ArrayList<>(pendingRows());
            pending.addAll(plan.planned());
            pendingFigures = new ArrayList<>(indicators == null ? List.of() : indicators.pending());
            pendingFigures.addAll(figures.planned());
        } else {
            planned = db.inTransaction(() -> {
                insertUnreached(plan.unreached());
                return insertPending(plan.planned())
                        + (indicators == null ? 0 : indicators.insertPending(figures.planned(), clock.instant()));
            });
            pending = pendingRows();
            pendingFigures = indicators == null ? List.of() : indicators.pending();
        }
        List<Long> stale = new ArrayList<>();
        List<Long> staleFigures = new ArrayList<>();
        Map<Long, List<IndicatorReminder>> figuresByContact = figureReminders(figures, pendingFigures, plan.recipients(),
                staleFigures);
        List<ReminderMessage> messages = messages(plan, pending, stale, figuresByContact);
        if (!dryRun && (!stale.isEmpty() || !staleFigures.isEmpty())) {
            // Never sent, and no longer wanted (done, cancelled, figure reported, contact gone): as if never planned.
            db.inTransaction(() -> {
                jdbc().batchUpdate("DELETE FROM delivery WHERE id = ? AND status = 'PENDING'", stale, 500,
                        (ps, id) -> ps.setLong(1, id));
                if (indicators != null) {
                    indicators.deleteStale(staleFigures);
                }
            });
        }
        Tally tally = new Tally(dryRun, planned, messages.size(), unreached(plan));
        for (ReminderMessage message : messages) {
            DeliveryResult result = deliver(channel, message);
            if (!dryRun) {
                record(message, result);
            }
            tally.add(message, result);
        }
        return tally.report();
    }

    private int insertPending(List<PlannedReminder> planned) {
        String at = clock.instant().toString();
        int[][] counts = jdbc().batchUpdate("INSERT OR IGNORE INTO delivery (milestone_id, task_id, contact_id, chat_id, kind,"
                        + " working_days, point_on, escalated, planned_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING')",
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
        jdbc().batchUpdate("INSERT OR IGNORE INTO unreached (milestone_id, agency_id, kind, point_on, told_at)"
                + " VALUES (?, ?, ?, ?, ?)", points, 1000, (ps, p) -> {
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

    /** Rows written and not yet sent, with their delivery ids (dry-run rows not yet written have 0). */
    private List<PlannedReminder> pendingRows() {
        return jdbc().query("SELECT id, milestone_id, task_id, contact_id, chat_id, kind, working_days, point_on, escalated"
                        + " FROM delivery WHERE status = 'PENDING' ORDER BY id",
                (rs, n) -> new PlannedReminder(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), ReminderKind.valueOf(rs.getString(6)), rs.getInt(7), LocalDate.parse(rs.getString(8)),
                        rs.getInt(9) == 1));
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

    private List<ReminderMessage> messages(ReminderPlanner.Plan plan, List<PlannedReminder> rows, List<Long> stale,
                                           Map<Long, List<IndicatorReminder>> figures) {
        Map<Long, List<Reminder>> byContact = new TreeMap<>();
        // The lines are read as of the run's day: what each message says is counted for the day it is sent.
        for (PlannedReminder row : rows) {
            MilestoneLine line = plan.milestones().get(row.milestoneId());
            Recipients.Recipient contact = plan.recipients().byId(row.contactId());
            if (line == null || !line.status().isOpen() || contact == null || contact.chatId() != row.chatId()) {
                if (row.deliveryId() > 0) {
                    stale.add(row.deliveryId());
                }
                continue;
            }
            byContact.computeIfAbsent(row.contactId(), k -> new ArrayList<>()).add(new Reminder(row.deliveryId(),
                    row.taskId(), row.milestoneId(), line.source(), line.item(), line.title(), line.lead(),
                    line.deadlineText(), line.due(), line.originalDue(), row.kind(), row.workingDays(), row.pointOn(),
                    row.escalated(), line.standing()));
        }
        Comparator<Reminder> byDue = Comparator.comparing(Reminder::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(r -> plan.documentOrder().get(r.milestoneId()));
        // One message per chat: its task reminders and the figures it is asked for together.
        figures.keySet().forEach(contactId -> byContact.computeIfAbsent(contactId, k -> new ArrayList<>()));
        List<ReminderMessage> messages = new ArrayList<>();
        byContact.forEach((contactId, reminders) -> {
            Recipients.Recipient c = plan.recipients().byId(contactId);
            reminders.sort(byDue);
            messages.add(new ReminderMessage(c.id(), c.chatId(), c.name(), c.role(), c.agency(), reminders,
                    figures.getOrDefault(contactId, List.of())));
        });
        return messages;
    }

    /** A channel that throws is a failed message, not a stopped run: the other chats still get theirs. */
    private static DeliveryResult deliver(ReminderChannel channel, ReminderMessage message) {
        try {
            return channel.deliver(message);
        } catch (RuntimeException e) {
            LOG.warn("Reminder message to contact {} (chat {}) failed: {}", message.contactId(), message.chatId(), e.toString());
            return new DeliveryResult.Failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private void record(ReminderMessage message, DeliveryResult result) {
        String at = clock.instant().toString();
        List<Long> ids = message.reminders().stream().map(Reminder::deliveryId).toList();
        List<Long> figureIds = message.indicators().stream().map(IndicatorReminder::deliveryId).toList();
        db.inTransaction(() -> {
            if (result instanceof DeliveryResult.Sent sent) {
                String messageIds = sent.messageIds().stream().map(String::valueOf).collect(Collectors.joining(","));
                update(ids, "SENT", messageIds, null, at);
                if (indicators != null) {
                    indicators.update(figureIds, "SENT", messageIds, null, at);
                }
            } else if (result instanceof DeliveryResult.Failed failed) {
                update(ids, "FAILED", null, failed.reason(), at);
                if (indicators != null) {
                    indicators.update(figureIds, "FAILED", null, failed.reason(), at);
                }
            } else if (result instanceof DeliveryResult.Blocked blocked) {
                // Every reminder still waiting for this person, not only this message's: none can reach them.
                jdbc().update("UPDATE delivery SET status = 'BLOCKED', reason = ?, finished_at = ?"
                        + " WHERE contact_id = ? AND status = 'PENDING'", blocked.reason(), at, message.contactId());
                if (indicators != null) {
                    indicators.blocked(message.contactId(), blocked.reason(), at);
                }
                outcomes.record(message.contactId(), result);
            }
        });
    }

    private void update(List<Long> ids, String status, String messageIds, String reason, String at) {
        jdbc().batchUpdate("UPDATE delivery SET status = ?, message_ids = ?, reason = ?, finished_at = ? WHERE id = ?",
                ids, 500, (ps, id) -> {
                    ps.setString(1, status);
                    ps.setString(2, messageIds);
                    ps.setString(3, reason);
                    ps.setString(4, at);
                    ps.setLong(5, id);
                });
    }

    /** Counts outcomes as they come. */
    private static final class Tally {
        private final boolean dryRun;
        private final int planned;
        private final int messages;
        private int sent;
        private final List<ReminderReport.Problem> failures = new ArrayList<>();
        private final List<ReminderReport.Problem> blocked = new ArrayList<>();
        private final List<ReminderReport.Unreached> unreached;

        Tally(boolean dryRun, int planned, int messages, List<ReminderReport.Unreached> unreached) {
            this.dryRun = dryRun;
            this.planned = planned;
            this.messages = messages;
            this.unreached = unreached;
        }

        void add(ReminderMessage message, DeliveryResult result) {
            if (result instanceof DeliveryResult.Sent) {
                sent++;
            } else if (result instanceof DeliveryResult.Failed f) {
                failures.add(problem(message, f.reason()));
            } else if (result instanceof DeliveryResult.Blocked b) {
                blocked.add(problem(message, b.reason()));
            }
        }

        private static ReminderReport.Problem problem(ReminderMessage message, String reason) {
            return new ReminderReport.Problem(message.contactId(), message.contactName(), message.agency(), reason);
        }

        ReminderReport report() {
            return new ReminderReport(dryRun, planned, messages, sent, failures.size(), blocked.size(), failures, blocked,
                    unreached);
        }
    }

    /** The register is opened on first use, not when this is built. */
    private JdbcTemplate jdbc() {
        return db.jdbc();
    }
}
