package vn.dondoc.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.bot.telegram.FakeBotApi;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.contact.ContactRole;

/**
 * What one chat may cost, with the limits of application.yml, through the real bot client and the fake Bot API:
 * a stranger is answered once a minute, a chat's repeats and excess are dropped without delaying other chats,
 * and guessing invite codes slows down and then locks the chat out.
 */
class BotFloodTests {

    static final long AN = 3001;
    static final long SPAMMER = 3002;
    static final long STRANGER = 3999;

    @TempDir
    Path dir;
    BotHarness harness;
    FakeBotApi telegram;

    @BeforeEach
    void start() throws Exception {
        harness = new BotHarness(dir, Texts.forCode("vi"), BotHarness.LIMITS);
        telegram = harness.telegram;
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    void aStrangerIsAnsweredOnceAMinuteAtMost() {
        for (int i = 0; i < 600; i++) {
            telegram.userSays(STRANGER, i % 2 == 0 ? "/nhiemvu" : "xin chào " + i);
        }
        telegram.awaitAllHandled();

        assertThat(telegram.sentTo(STRANGER)).singleElement()
                .satisfies(sent -> assertThat(sent.text()).contains("chưa liên kết"));

        harness.clock.advance(Duration.ofSeconds(61));
        telegram.userSays(STRANGER, "/trogiup");
        telegram.awaitAllHandled();
        assertThat(telegram.sentTo(STRANGER)).hasSize(2);
    }

    @Test
    void aChatSpammingIsAnsweredWithinItsBudgetToldOnceAndDoesNotDelayOthers() {
        harness.linked(SPAMMER, "Văn phòng UBND tỉnh", ContactRole.OFFICE, null);
        harness.linked(AN, "Nguyễn Văn An", ContactRole.STAFF, "Sở Y tế");
        for (int i = 0; i < 200; i++) {
            telegram.userSays(SPAMMER, "/nhiemvu");
        }
        long asked = System.nanoTime();
        telegram.userSays(AN, "/quahan");
        FakeBotApi.Call answer = telegram.awaitMessage(AN, t -> true);
        telegram.awaitAllHandled();
        for (int i = 0; i < 15; i++) {
            telegram.userSays(SPAMMER, i % 2 == 0 ? "/tasks" : "/nhiemvu");
            telegram.awaitAllHandled();
        }

        assertThat(Duration.ofNanos(answer.receivedNanos() - asked)).isLessThan(Duration.ofSeconds(3));
        long answers = telegram.sentTo(SPAMMER).stream().filter(c -> c.text().contains("Nhiệm vụ đang thực hiện")).count();
        assertThat(answers).as("one /nhiemvu of the 200 alike, then the budget of 10 turns").isBetween(1L, 10L);
        assertThat(telegram.sentTo(SPAMMER)).filteredOn(c -> c.text().contains("gửi nhiều tin quá nhanh")).hasSize(1);

        harness.clock.advance(Duration.ofMinutes(1));
        telegram.userSays(SPAMMER, "/quahan");
        telegram.awaitMessage(SPAMMER, t -> t.contains("quá hạn") && !t.contains("quá nhanh"));
    }

    @Test
    void wrongInviteCodesSlowDownThenLockTheChatOutSayingSoOnce() {
        String code = harness.invited("Nguyễn Văn An", ContactRole.STAFF, "Sở Y tế");
        for (int i = 0; i < 300; i++) {
            telegram.userSays(STRANGER, "/start sai" + i);
        }
        telegram.awaitAllHandled();
        assertThat(telegram.sentTo(STRANGER)).hasSize(2);
        assertThat(telegram.sentTo(STRANGER).get(0).text()).contains("Mã mời không đúng");
        assertThat(telegram.sentTo(STRANGER).get(1).text()).contains("Hãy chờ đến");

        for (int wrong = 2; wrong <= 5; wrong++) {
            harness.clock.advance(Duration.ofSeconds(20));
            int before = telegram.sentTo(STRANGER).size();
            telegram.userSays(STRANGER, "/start vanSai" + wrong);
            telegram.awaitMessage(STRANGER, t -> telegram.sentTo(STRANGER).size() > before);
        }
        harness.clock.advance(Duration.ofSeconds(20));
        telegram.userSays(STRANGER, "/start " + code);
        telegram.userSays(STRANGER, "/start " + code + " ");
        telegram.awaitAllHandled();

        assertThat(telegram.sentTo(STRANGER).get(telegram.sentTo(STRANGER).size() - 1).text())
                .contains("sai mã mời quá nhiều lần");
        assertThat(telegram.sentTo(STRANGER)).filteredOn(c -> c.text().contains("quá nhiều lần")).hasSize(1);
        assertThat(harness.contacts.byChat(STRANGER)).as("even the right code waits out the lockout").isEmpty();

        harness.clock.advance(Duration.ofMinutes(15));
        telegram.userSays(STRANGER, "/start " + code);
        telegram.awaitMessageContaining(STRANGER, "Đã liên kết chat này với Nguyễn Văn An");
    }
}
