package vn.dondoc.scheduler.digest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.contact.Recipients;
import vn.dondoc.scheduler.delivery.DeliveryOutcomes;
import vn.dondoc.scheduler.delivery.DeliveryResult;
import vn.dondoc.scheduler.register.OfficeZone;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.task.MilestoneLine;

/**
 * The weekly digest job, run once as of an instant: every ACTIVE leader and office contact gets this
 * week's digest once. A leader in charge of some agencies gets those; the office and the other
 * leaders get all. Agency contacts (STAFF, HEAD) never get it.
 *
 * <p>Re-runnable: a row per contact and ISO week is written PENDING before the channel is called
 * and then SENT, FAILED or BLOCKED. A second run in the week sends to nobody who got it or blocked
 * the bot; it sends again what a crash left PENDING and what the channel reported FAILED (it was not
 * delivered). A dry run hands the same messages to the channel and records nothing.
 */
@Component
public final class DigestRun {

    private static final Logger log = LoggerFactory.getLogger(DigestRun.class);

    private final RegisterDatabase db;
    private final Clock clock;
    private final DigestBuilder builder;
    private final DigestSnapshots snapshots;
    private final DigestDeliveries deliveries;
    private final Recipients recipients;
    private final DeliveryOutcomes outcomes;

    public DigestRun(RegisterDatabase db, Clock clock, DigestBuilder builder, DigestSnapshots snapshots,
                     DigestDeliveries deliveries, Recipients recipients, DeliveryOutcomes outcomes) {
        this.db = db;
        this.clock = clock;
        this.builder = builder;
        this.snapshots = snapshots;
        this.deliveries = deliveries;
        this.recipients = recipients;
        this.outcomes = outcomes;
    }

    /** Throws {@link DigestError#BUSY} when another pass holds the register's digest lock. */
    public DigestReport run(Instant now, DigestChannel channel, boolean dryRun) {
        if (dryRun) {
            return pass(now, channel, true);
        }
        return db.exclusively("digest", DigestError.BUSY, () -> pass(now, channel, false));
    }

    private DigestReport pass(Instant now, DigestChannel channel, boolean dryRun) {
        LocalDate day = LocalDate.ofInstant(now, OfficeZone.ID);
        LocalDate week = DigestBuilder.weekOf(day);
        Map<DigestScope, Prepared> prepared = new HashMap<>();
        if (!dryRun) {
            Digest all = prepare(prepared, day, DigestScope.all()).digest();
            if (all.milestones() == 0 && all.indicators().periods().isEmpty()) {
                // A new office's first Monday: "0 mốc" would tell leaders nothing, and recording the week would keep
                // the real first digest from going out after the import until next week.
                return DigestReport.empty(day, week);
            }
            // The whole register's figures are kept every week, whoever receives them, so weeks compare.
            snapshots.write(all, now);
        }
        List<DigestReport.Outcome> outcomes = new ArrayList<>();
        List<Long> alreadyDone = new ArrayList<>();
        for (Recipient recipient : recipients()) {
            DigestDeliveries.State state = deliveries.state(recipient.contactId(), week);
            if (state == DigestDeliveries.State.SENT || state == DigestDeliveries.State.BLOCKED) {
                alreadyDone.add(recipient.contactId());
                continue;
            }
            Prepared p = prepare(prepared, day, recipient.scope());
            if (!dryRun) {
                snapshots.write(p.digest(), now);
                deliveries.plan(recipient.contactId(), week, now);
            }
            DeliveryResult result = deliver(channel, new DigestMessage(recipient.contactId(), recipient.chatId(),
                    recipient.name(), recipient.role(), p.digest(), p.lines()));
            if (!dryRun) {
                deliveries.finish(recipient.contactId(), week, result, clock.instant());
                this.outcomes.record(recipient.contactId(), result);
            }
            outcomes.add(new DigestReport.Outcome(recipient.contactId(), recipient.name(), result));
        }
        return new DigestReport(day, week, dryRun, outcomes, alreadyDone, false);
    }

    /**
     * Figures and lines are built once per scope (most recipients share "all"); recipients of a scope
     * share the instances, so the channel renders the chart and workbook once per scope too.
     */
    private Prepared prepare(Map<DigestScope, Prepared> prepared, LocalDate day, DigestScope scope) {
        return prepared.computeIfAbsent(scope, s -> new Prepared(builder.build(day, s), builder.lines(day, s)));
    }

    /** A channel that throws has not delivered; the run goes on with the others. */
    private static DeliveryResult deliver(DigestChannel channel, DigestMessage message) {
        try {
            return channel.deliver(message);
        } catch (RuntimeException e) {
            log.warn("Digest for contact {} failed: {}", message.contactId(), vn.dondoc.scheduler.text.LogValue.of(e));
            return new DeliveryResult.Failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** Active leaders and office contacts: a leader in charge of some agencies gets those, the others all. */
    private List<Recipient> recipients() {
        return recipients.active().withRole(ContactRole.LEADER, ContactRole.OFFICE).stream()
                .map(r -> new Recipient(r.id(), r.name(), r.role(), r.chatId(),
                        r.role() == ContactRole.LEADER ? DigestScope.of(r.inCharge()) : DigestScope.all()))
                .toList();
    }

    private record Recipient(long contactId, String name, ContactRole role, long chatId, DigestScope scope) {
    }

    private record Prepared(Digest digest, List<MilestoneLine> lines) {
    }
}
