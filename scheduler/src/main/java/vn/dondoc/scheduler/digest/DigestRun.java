package vn.dondoc.scheduler.digest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dondoc.scheduler.contact.ContactRegister;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.delivery.DeliveryResult;
import vn.dondoc.scheduler.register.OfficeZone;
import vn.dondoc.scheduler.register.RegisterDatabase;

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
public final class DigestRun {

    private static final Logger log = LoggerFactory.getLogger(DigestRun.class);

    private final RegisterDatabase db;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final DigestBuilder builder;
    private final DigestSnapshots snapshots;
    private final DigestDeliveries deliveries;

    public DigestRun(RegisterDatabase db, Clock clock) {
        this.db = db;
        this.jdbc = db.jdbc();
        this.clock = clock;
        this.builder = new DigestBuilder(db, clock);
        this.snapshots = new DigestSnapshots(db);
        this.deliveries = new DigestDeliveries(db);
    }

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
            // The whole register's figures are kept every week, whoever receives them, so weeks compare.
            snapshots.write(prepare(prepared, day, DigestScope.all()).digest(), now);
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
                    recipient.name(), recipient.role(), p.digest(), p.png(), p.xlsx()));
            if (!dryRun) {
                deliveries.finish(recipient.contactId(), week, result, clock.instant());
                if (result instanceof DeliveryResult.Blocked) {
                    new ContactRegister(db, clock, Duration.ZERO).markBlocked(recipient.contactId());
                }
            }
            outcomes.add(new DigestReport.Outcome(recipient.contactId(), recipient.name(), result));
        }
        return new DigestReport(day, week, dryRun, outcomes, alreadyDone);
    }

    /** Chart and workbook are built once per scope: most recipients share "all". */
    private Prepared prepare(Map<DigestScope, Prepared> prepared, LocalDate day, DigestScope scope) {
        return prepared.computeIfAbsent(scope, s -> {
            Digest digest = builder.build(day, s);
            return new Prepared(digest, DigestChart.png(digest), DigestWorkbook.xlsx(builder.lines(day, s), day));
        });
    }

    /** A channel that throws has not delivered; the run goes on with the others. */
    private static DeliveryResult deliver(DigestChannel channel, DigestMessage message) {
        try {
            return channel.deliver(message);
        } catch (RuntimeException e) {
            log.warn("Digest for contact {} failed: {}", message.contactId(), e.toString());
            return new DeliveryResult.Failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private List<Recipient> recipients() {
        Map<Long, List<Long>> inCharge = new HashMap<>();
        jdbc.query("SELECT contact_id, agency_id FROM leader_agency", rs -> {
            inCharge.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
        });
        return jdbc.query("SELECT id, name, role, chat_id FROM contact WHERE status = 'ACTIVE'"
                + " AND role IN ('LEADER', 'OFFICE') AND chat_id IS NOT NULL ORDER BY id", (rs, n) -> {
            long id = rs.getLong("id");
            ContactRole role = ContactRole.valueOf(rs.getString("role"));
            DigestScope scope = role == ContactRole.LEADER ? DigestScope.of(inCharge.get(id)) : DigestScope.all();
            return new Recipient(id, rs.getString("name"), role, rs.getLong("chat_id"), scope);
        });
    }

    private record Recipient(long contactId, String name, ContactRole role, long chatId, DigestScope scope) {
    }

    private record Prepared(Digest digest, byte[] png, byte[] xlsx) {
    }
}
