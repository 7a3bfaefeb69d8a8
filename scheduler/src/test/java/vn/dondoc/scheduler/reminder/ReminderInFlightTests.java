package vn.dondoc.scheduler.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.scheduler.delivery.DeliveryResult;

/**
 * A pass through a channel that takes three messages at once: never more than three under way, and never
 * more than three handed to the channel and not yet written down (what a crash at that moment would re-send).
 */
class ReminderInFlightTests {

    static final int IN_FLIGHT = 3;
    static final int CONTACTS = 15;

    @TempDir
    Path dir;
    ReminderFixture f;

    @BeforeEach
    void open() {
        f = new ReminderFixture(dir);
        for (int i = 1; i <= CONTACTS; i++) {
            long agency = f.agency("Sở số " + i);
            f.staff("Cán bộ " + i, agency);
            f.task(Integer.toString(i), "2024-03-29", agency);
        }
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void atMostTheInFlightLimitIsUnderWayOrSentAndNotYetRecorded() {
        Slow channel = new Slow(m -> new DeliveryResult.Sent(List.of(m.chatId())));

        ReminderReport report = f.runAt("2024-03-26T08:00", channel, false);

        assertThat(report.sent()).isEqualTo(CONTACTS);
        assertThat(channel.mostUnderWay.get()).as("under way at once").isEqualTo(IN_FLIGHT);
        assertThat(channel.notRecorded).as("handed to the channel and not yet written down, at each hand-over")
                .allMatch(n -> n <= IN_FLIGHT).contains(IN_FLIGHT);
        assertThat(f.db.jdbc().queryForList("SELECT status || ' ' || count(*) FROM delivery GROUP BY status", String.class))
                .containsExactly("SENT " + CONTACTS);
    }

    @Test
    void whileMessagesFailForAReasonThatMayPassTheyAreTriedOneAtATimeSoAnOutageIsFoundAfterAsManyAsBefore() {
        Slow channel = new Slow(m -> DeliveryResult.Failed.mayPass("IOException: unexpected end of stream"));

        ReminderReport report = f.runAt("2024-03-26T08:00", channel, false);

        assertThat(channel.mostUnderWay.get()).isEqualTo(1);
        assertThat(report.messages()).as("tried: DONDOC_OUTAGE_AFTER, 3 by default").isEqualTo(3);
        assertThat(report.deferred()).isEqualTo(CONTACTS - 3);
    }

    @Test
    void aStopStartsNothingMoreWritesDownWhatWasUnderWayAndLeavesTheRestPendingNotLate() {
        Thread pass = Thread.currentThread();
        Slow channel = new Slow(m -> new DeliveryResult.Sent(List.of(m.chatId())));
        channel.onHandOver = n -> {
            if (n == 6) {
                pass.interrupt(); // as run's stop interrupts the job
            }
        };

        ReminderReport report = f.runAt("2024-03-26T08:00", channel, false);
        boolean stillInterrupted = Thread.interrupted();

        assertThat(stillInterrupted).as("the stop is handed back to the caller").isTrue();
        assertThat(report.sent()).as("everything handed over was answered and written down").isEqualTo(channel.handed.get());
        assertThat(report.deferred()).isEqualTo(CONTACTS - channel.handed.get()).isPositive();
        assertThat(f.db.jdbc().queryForList("SELECT status || ' ' || (CASE WHEN first_failed_at IS NULL THEN 1 ELSE 0 END) || ' ' || count(*)"
                + " FROM delivery GROUP BY status, first_failed_at IS NULL ORDER BY status", String.class))
                .containsExactly("PENDING 1 " + (CONTACTS - channel.handed.get()), "SENT 1 " + channel.handed.get());
    }

    /** Takes 30 ms a message, from up to three threads; notes how many it had at once and what the register held. */
    private final class Slow implements ReminderChannel {
        final java.util.function.Function<ReminderMessage, DeliveryResult> answer;
        final AtomicInteger underWay = new AtomicInteger();
        final AtomicInteger mostUnderWay = new AtomicInteger();
        final AtomicInteger handed = new AtomicInteger();
        final List<Integer> notRecorded = java.util.Collections.synchronizedList(new ArrayList<>());
        volatile java.util.function.IntConsumer onHandOver = n -> { };

        Slow(java.util.function.Function<ReminderMessage, DeliveryResult> answer) {
            this.answer = answer;
        }

        @Override
        public int inFlight() {
            return IN_FLIGHT;
        }

        @Override
        public DeliveryResult deliver(ReminderMessage message) {
            int handedSoFar = handed.incrementAndGet();
            onHandOver.accept(handedSoFar);
            int recorded = f.db.jdbc().queryForObject("SELECT count(*) FROM delivery WHERE status <> 'PENDING'", Integer.class);
            notRecorded.add(handedSoFar - recorded);
            mostUnderWay.accumulateAndGet(underWay.incrementAndGet(), Math::max);
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                underWay.decrementAndGet();
            }
            return answer.apply(message);
        }
    }
}
