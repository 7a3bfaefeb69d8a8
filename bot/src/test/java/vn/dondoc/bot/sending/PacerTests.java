package vn.dondoc.bot.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PacerTests {

    FakeTicker ticker = new FakeTicker();
    Pacer pacer = new Pacer(PacingSettings.defaults(), ticker);

    @Test
    void twoMessagesToOneChatAreAtLeastASecondApart() throws Exception {
        List<Duration> at = sendTimes(42L, 42L, 42L);

        assertThat(at).containsExactly(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void aChatsSecondCountsFromWhenItsMessageWentNotFromWhenItsTurnCame() throws Exception {
        // Chat 2's first message waits 40 ms for the overall turn; its next must still be a full second later.
        List<Duration> at = sendTimes(1L, 2L, 2L);

        assertThat(at).containsExactly(Duration.ZERO, Duration.ofMillis(40), Duration.ofMillis(1040));
    }

    @Test
    void differentChatsShareTwentyFivePerSecond() throws Exception {
        List<Long> chats = new ArrayList<>();
        for (long chat = 1; chat <= 51; chat++) {
            chats.add(chat);
        }
        List<Duration> at = sendTimes(chats.stream().mapToLong(Long::longValue).toArray());

        // Evenly spaced, 40 ms apart: any one-second window holds at most 25.
        assertThat(at.get(1)).isEqualTo(Duration.ofMillis(40));
        assertThat(at.get(25)).isEqualTo(Duration.ofSeconds(1));
        assertThat(at.get(50)).isEqualTo(Duration.ofSeconds(2));
        for (int i = 25; i < at.size(); i++) {
            assertThat(at.get(i).minus(at.get(i - 25))).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        }
    }

    @Test
    void aGroupGetsAtMostTwentyAMinute() throws Exception {
        long group = -1001234567890L;
        long[] chats = new long[41];
        java.util.Arrays.fill(chats, group);
        List<Duration> at = sendTimes(chats);

        for (int i = 20; i < at.size(); i++) {
            assertThat(at.get(i).minus(at.get(i - 20))).as("message %d", i).isGreaterThanOrEqualTo(Duration.ofMinutes(1));
        }
        assertThat(at.get(1)).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void aPrivateChatIsNotHeldToTheGroupLimit() throws Exception {
        List<Duration> at = sendTimes(7L, 7L);

        assertThat(at.get(1)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void pauseAllHoldsEverySenderThatLong() throws Exception {
        pacer.acquire(1L);
        pacer.pauseAll(Duration.ofSeconds(30));
        pacer.pauseAll(Duration.ofSeconds(5)); // a shorter pause does not cut the longer one

        pacer.acquire(2L);

        assertThat(ticker.elapsed()).isEqualTo(Duration.ofSeconds(30));
        assertThat(ticker.sleeps).containsExactly(Duration.ofSeconds(30));
    }

    @Test
    void settingsStayBelowTelegramsLimits() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PacingSettings(31, Duration.ofSeconds(1), 20));
        assertThatIllegalArgumentException().isThrownBy(() -> new PacingSettings(25, Duration.ZERO, 20));
        assertThatIllegalArgumentException().isThrownBy(() -> new PacingSettings(25, Duration.ofSeconds(1), 21));
    }

    private List<Duration> sendTimes(long... chats) throws InterruptedException {
        List<Duration> at = new ArrayList<>();
        for (long chat : chats) {
            pacer.acquire(chat);
            at.add(ticker.elapsed());
        }
        return at;
    }
}
