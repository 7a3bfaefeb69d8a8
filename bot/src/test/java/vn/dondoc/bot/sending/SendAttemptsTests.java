package vn.dondoc.bot.sending;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dondoc.scheduler.delivery.DeliveryResult;

class SendAttemptsTests {

    FakeTicker ticker = new FakeTicker();
    Pacer pacer = new Pacer(PacingSettings.defaults(), ticker);
    SendAttempts attempts = new SendAttempts(pacer, RetrySettings.defaults(), ticker);
    List<Duration> calls = new ArrayList<>();

    @Test
    void tooManyRequestsPausesAllSendsForRetryAfterThenSends() throws Exception {
        SendAttempts.Send send = answers(SendFailure.tooManyRequests(Duration.ofSeconds(17), "Too Many Requests: retry after 17"));

        DeliveryResult result = attempts.send(5L, send);
        Duration sentAt = ticker.elapsed();
        pacer.acquire(6L); // another chat, right after

        assertThat(result).isEqualTo(new DeliveryResult.Sent(List.of(100L)));
        assertThat(calls).containsExactly(Duration.ZERO, Duration.ofSeconds(17));
        assertThat(ticker.elapsed()).as("the other chat was not held again").isEqualTo(sentAt.plusMillis(40));
    }

    @Test
    void anotherSenderWaitsOutThePauseToo() throws Exception {
        pacer.pauseAll(Duration.ofSeconds(17));

        pacer.acquire(99L);

        assertThat(ticker.elapsed()).isEqualTo(Duration.ofSeconds(17));
    }

    @Test
    void serverErrorsAreRetriedWithBackoffThenFailedForALaterPassToTryAgain() {
        SendFailure boom = SendFailure.transientFailure("Internal Server Error", null);
        SendAttempts.Send send = answers(boom, boom, boom, boom, boom);

        DeliveryResult result = attempts.send(5L, send);

        assertThat(result).isEqualTo(DeliveryResult.Failed.mayPass("Internal Server Error"));
        assertThat(calls).containsExactly(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofSeconds(7));
    }

    @Test
    void aServerErrorThatPassesIsSent() {
        SendAttempts.Send send = answers(SendFailure.transientFailure("Bad Gateway", null));

        assertThat(attempts.send(5L, send)).isEqualTo(new DeliveryResult.Sent(List.of(100L)));
        assertThat(calls).containsExactly(Duration.ZERO, Duration.ofSeconds(1));
    }

    @Test
    void forbiddenIsBlockedAtOnce() {
        SendAttempts.Send send = answers(SendFailure.forbidden("Forbidden: bot was blocked by the user"));

        assertThat(attempts.send(5L, send)).isEqualTo(new DeliveryResult.Blocked("Forbidden: bot was blocked by the user"));
        assertThat(calls).hasSize(1);
    }

    @Test
    void aBadRequestFailsAtOnce() {
        SendAttempts.Send send = answers(SendFailure.permanent("Bad Request: chat not found"));

        assertThat(attempts.send(5L, send)).isEqualTo(new DeliveryResult.Failed("Bad Request: chat not found"));
        assertThat(calls).hasSize(1);
    }

    @Test
    void partsOfOneMessageKeepTheChatSpacingAndCarryEveryId() {
        List<SendAttempts.Send> parts = List.of(() -> sentAt(1), () -> sentAt(2), () -> sentAt(3));

        assertThat(attempts.sendAll(5L, parts)).isEqualTo(new DeliveryResult.Sent(List.of(1L, 2L, 3L)));
        assertThat(calls).containsExactly(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void aFailureAfterSomePartsSaysWhatWasSent() {
        List<SendAttempts.Send> parts = List.of(() -> sentAt(1), () -> {
            throw SendFailure.permanent("Bad Request: message is too long");
        });

        DeliveryResult result = attempts.sendAll(5L, parts);

        assertThat(result).isInstanceOf(DeliveryResult.Failed.class);
        assertThat(((DeliveryResult.Failed) result).reason()).contains("too long").contains("[1]");
    }

    /** A send that fails with these, in order, then succeeds with message id 100. */
    private SendAttempts.Send answers(SendFailure... failures) {
        List<SendFailure> left = new ArrayList<>(List.of(failures));
        return () -> {
            calls.add(ticker.elapsed());
            if (!left.isEmpty()) {
                throw left.remove(0);
            }
            return 100L;
        };
    }

    private long sentAt(long id) {
        calls.add(ticker.elapsed());
        return id;
    }
}
