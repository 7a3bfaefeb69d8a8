package vn.dondoc.bot.command;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.bot.telegram.FakeBotApi;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.task.MilestoneLine;

/** Everything a person can get wrong gets one Vietnamese line that says what to do, and changes nothing. */
class BotBadInputTests {

    static final long AN = 2001;
    static final long GROUP = -100_2002;

    @TempDir
    Path dir;
    BotHarness harness;
    FakeBotApi telegram;

    @BeforeEach
    void start() throws Exception {
        harness = new BotHarness(dir);
        telegram = harness.telegram;
        harness.linked(AN, "Nguyễn Văn An", ContactRole.STAFF, "Sở Y tế");
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    void anUnknownCommandPointsToHelp() {
        assertThat(answerTo("/xoa 12")).isEqualTo("Không có lệnh /xoa. Gõ /trogiup để xem các lệnh.");
    }

    @Test
    void aMissingTaskNumberGivesAnExample() {
        assertThat(answerTo("/xong")).isEqualTo("Thiếu số nhiệm vụ sau /xong. Ví dụ: /xong 47 đã trình UBND tỉnh");
        assertThat(answerTo("/done")).startsWith("Thiếu số nhiệm vụ sau /done.");
    }

    @Test
    void aWrongTaskNumberSaysThereIsNone() {
        assertThat(answerTo("/xong 99999")).isEqualTo("Không có nhiệm vụ #99999. Gõ /nhiemvu để xem số của các nhiệm vụ.");
        assertThat(answerTo("/xem mười hai")).startsWith("«mười» không phải số nhiệm vụ");
    }

    @Test
    void aBotSetToEnglishSaysThereIsNoSuchTaskInEnglish() throws Exception {
        harness.close();
        harness = new BotHarness(dir.resolve("en"), Texts.forCode("en"));
        telegram = harness.telegram;
        harness.linked(AN, "Nguyễn Văn An", ContactRole.STAFF, "Sở Y tế");

        assertThat(answerTo("/xong 999")).isEqualTo("There is no task #999. Type /tasks to see the task numbers.");
    }

    @Test
    void anotherAgencysTaskIsRefused() {
        MilestoneLine other = harness.openTaskLedBy("Sở Xây dựng");
        assertThat(answerTo("/tiendo " + other.taskId() + " 50%")).startsWith("Nhiệm vụ #" + other.taskId() + " không thuộc Sở Y tế");
    }

    @Test
    void anImpossibleDateIsNamed() {
        MilestoneLine own = harness.openTaskLedBy("Sở Y tế");
        int before = harness.history.of(own.taskId()).size();

        assertThat(answerTo("/giahan " + own.taskId() + " 31/02/2024 chờ kinh phí"))
                .isEqualTo("Không có ngày 31/02/2024. Hãy ghi một ngày có thật theo dạng ngày/tháng/năm, ví dụ 30/04/2024.");
        assertThat(answerTo("/giahan " + own.taskId() + " mai chờ kinh phí")).startsWith("«mai» không phải một ngày.");
        assertThat(harness.history.of(own.taskId())).hasSize(before);
        assertThat(harness.extensions.pending()).isEmpty();
    }

    @Test
    void aTenThousandCharacterMessageIsTurnedAwayInOneLine() {
        String answer = answerTo("/xong 1 " + "a".repeat(10_000));
        assertThat(answer).startsWith("Tin nhắn dài quá (10.008 ký tự).");
        assertThat(answer.lines()).hasSize(1);
    }

    @Test
    void emojiAndChatterInAPrivateChatGetTheHint() {
        assertThat(answerTo("👍🎉")).isEqualTo("Tôi chưa hiểu tin này. Có thể viết như «đã xong nhiệm vụ 47», «nhiệm vụ 47 đạt 60%»,"
                + " «xin gia hạn nhiệm vụ 47 đến 30/4 vì …», hoặc gõ /trogiup để xem các lệnh.");
        assertThat(answerTo("/xong 👍")).startsWith("«👍» không phải số nhiệm vụ");
    }

    @Test
    void aCommandForAnotherBotIsPointedBackInPrivateAndIgnoredInAGroup() {
        assertThat(answerTo("/nhiemvu@otherbot")).isEqualTo("Lệnh này gửi cho @otherbot, không phải cho tôi. Muốn hỏi tôi, hãy gõ /nhiemvu.");

        harness.linked(GROUP, "Nhóm Sở Y tế", ContactRole.STAFF, "Sở Y tế");
        telegram.groupSays(GROUP, "Nhóm Sở Y tế", "/nhiemvu@otherbot");
        telegram.groupSays(GROUP, "Nhóm Sở Y tế", "chào cả nhà 👋");
        telegram.groupSays(GROUP, "Nhóm Sở Y tế", "/nhiemvu@" + FakeBotApi.BOT_NAME);
        telegram.awaitMessageContaining(GROUP, "Nhiệm vụ đang thực hiện");
        telegram.awaitAllHandled();
        assertThat(telegram.sentTo(GROUP)).hasSize(1);
    }

    @Test
    void answersAreTelegramHtmlWithWhatPeopleTypedEscaped() {
        assertThat(answerTo("/xem <b>")).startsWith("«&lt;b&gt;» không phải số nhiệm vụ");
    }

    /** Sends one message and returns the bot's one answer. */
    private String answerTo(String text) {
        int before = telegram.sentTo(AN).size();
        telegram.userSays(AN, text);
        telegram.awaitMessage(AN, t -> telegram.sentTo(AN).size() > before);
        telegram.awaitAllHandled();
        assertThat(telegram.sentTo(AN)).as("one answer to " + text).hasSize(before + 1);
        return telegram.sentTo(AN).get(before).text();
    }
}
