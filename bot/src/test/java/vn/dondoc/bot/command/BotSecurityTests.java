package vn.dondoc.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import vn.dondoc.bot.telegram.FakeBotApi;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.contact.NewContact;
import vn.dondoc.scheduler.task.MilestoneLine;

/**
 * Attacks that once worked, through the real bot client and the fake Bot API: an older invite code taking a
 * contact over, a leader deciding outside their agencies with copied button data, a forged log line.
 */
class BotSecurityTests {

    static final long AN = 2001;          // Sở Y tế
    static final long NEW_PHONE = 2002;
    static final long THIEF = 2666;
    static final long OFFICE = 2003;
    static final long LEADER = 2004;      // in charge of Sở Xây dựng only

    @TempDir
    Path dir;
    BotHarness harness;
    FakeBotApi telegram;

    @BeforeEach
    void start() throws Exception {
        harness = new BotHarness(dir);
        telegram = harness.telegram;
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    void aNewInviteRevokesTheOlderCodesSoAnOldCodeTakesNobodyOver() {
        long an = harness.db.inTransaction(() -> harness.contacts.add(
                new NewContact("Nguyễn Văn An", ContactRole.STAFF, harness.agencyId("Sở Y tế"), List.of(), null)).id());
        String leaked = harness.db.inTransaction(() -> harness.contacts.invite(an).inviteCode());
        String fresh = harness.db.inTransaction(() -> harness.contacts.invite(an).inviteCode());
        telegram.userSays(AN, "/start " + fresh);
        telegram.awaitMessageContaining(AN, "Đã liên kết chat này với Nguyễn Văn An");

        telegram.userSays(THIEF, "/start " + leaked);

        telegram.awaitMessageContaining(THIEF, "đã được thay bằng mã mới");
        assertThat(harness.contacts.byId(an)).get().satisfies(c -> assertThat(c.chatId()).isEqualTo(AN));
        assertThat(harness.contacts.byChat(THIEF)).isEmpty();
    }

    @Test
    void movingAnActiveContactToAnotherChatWaitsForTheOfficeAndTheOldChatIsTold() {
        harness.linked(OFFICE, "Văn phòng UBND tỉnh", ContactRole.OFFICE, null);
        long an = harness.linked(AN, "Nguyễn Văn An", ContactRole.STAFF, "Sở Y tế");
        String code = harness.db.inTransaction(() -> harness.contacts.invite(an).inviteCode());

        telegram.userSays(NEW_PHONE, "/start " + code);

        telegram.awaitMessageContaining(NEW_PHONE, "chờ Văn phòng UBND xác nhận");
        telegram.awaitMessageContaining(AN, "Có người vừa dùng mã mời của Nguyễn Văn An");
        FakeBotApi.Call ask = telegram.awaitMessageContaining(OFFICE, "Nguyễn Văn An");
        assertThat(harness.contacts.byId(an)).get().satisfies(c -> assertThat(c.chatId()).isEqualTo(AN));
        assertThat(ask.buttons()).hasSize(2);

        telegram.presses(OFFICE, ask, ask.buttons().get(0));

        telegram.awaitEdit(OFFICE, t -> t.contains("Đã đồng ý"));
        telegram.awaitMessageContaining(NEW_PHONE, "Đã liên kết chat này với Nguyễn Văn An");
        telegram.awaitMessageContaining(AN, "không còn liên kết");
        assertThat(harness.contacts.byId(an)).get().satisfies(c -> assertThat(c.chatId()).isEqualTo(NEW_PHONE));
    }

    @Test
    void theOfficeRefusingAMoveKeepsTheContactWhereItWas() {
        harness.linked(OFFICE, "Văn phòng UBND tỉnh", ContactRole.OFFICE, null);
        long an = harness.linked(AN, "Nguyễn Văn An", ContactRole.STAFF, "Sở Y tế");
        String code = harness.db.inTransaction(() -> harness.contacts.invite(an).inviteCode());
        telegram.userSays(THIEF, "/start " + code);
        FakeBotApi.Call ask = telegram.awaitMessageContaining(OFFICE, "Nguyễn Văn An");

        telegram.presses(OFFICE, ask, ask.buttons().get(1));

        telegram.awaitEdit(OFFICE, t -> t.contains("Đã từ chối"));
        telegram.awaitMessageContaining(THIEF, "không đồng ý");
        assertThat(harness.contacts.byId(an)).get().satisfies(c -> assertThat(c.chatId()).isEqualTo(AN));
        assertThat(harness.contacts.byChat(THIEF)).isEmpty();
    }

    @Test
    void aLeaderInChargeOfOneAgencyCannotDecideAnotherAgencysExtensionByButtonOrCommand() {
        harness.linked(AN, "Nguyễn Văn An", ContactRole.STAFF, "Sở Y tế");
        harness.linked(OFFICE, "Văn phòng UBND tỉnh", ContactRole.OFFICE, null);
        long xayDung = harness.agencyId("Sở Xây dựng");
        harness.db.inTransaction(() -> harness.contacts.add(
                new NewContact("Phó Chủ tịch phụ trách xây dựng", ContactRole.LEADER, null, List.of(xayDung), LEADER)));
        MilestoneLine task = harness.openTaskLedBy("Sở Y tế");
        LocalDate asked = task.due().plusMonths(1);
        telegram.userSays(AN, "/giahan " + task.taskId() + " "
                + String.format("%02d/%02d/%d", asked.getDayOfMonth(), asked.getMonthValue(), asked.getYear()) + " chờ Bộ Y tế");
        FakeBotApi.Call notice = telegram.awaitMessageContaining(OFFICE, "Đề nghị gia hạn #");
        String approve = notice.buttons().stream().filter(b -> b.startsWith("a:")).findFirst().orElseThrow();
        String id = approve.substring(2);

        telegram.presses(LEADER, notice, approve);
        telegram.awaitMessageContaining(LEADER, "không phụ trách");
        telegram.userSays(LEADER, "/duyet " + id);
        telegram.awaitMessage(LEADER, t -> t.contains("không phụ trách") && telegram.sentTo(LEADER).size() >= 2);

        assertThat(harness.extensions.byId(Long.parseLong(id))).get()
                .satisfies(e -> assertThat(e.decision()).isEqualTo("PENDING"));
        telegram.presses(OFFICE, notice, approve);
        telegram.awaitEdit(OFFICE, t -> t.contains("Đã đồng ý đề nghị gia hạn"));
    }

    @Test
    void callbackDataWithANewlineIsLoggedAsOneLine() {
        Logger logger = (Logger) LoggerFactory.getLogger(BotDispatcher.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        try {
            harness.linked(AN, "Nguyễn Văn An", ContactRole.STAFF, "Sở Y tế");
            telegram.userSays(AN, "/nhiemvu");
            FakeBotApi.Call list = telegram.awaitMessageContaining(AN, "Nhiệm vụ đang thực hiện");

            telegram.presses(AN, list, "zz\n2024-03-25 09:00:00 INFO  Contact 1 linked to chat 666\r\u0085x");
            telegram.await(c -> c.method().equals("answercallbackquery"), "the button answered");
            telegram.awaitAllHandled();
            long deadline = System.currentTimeMillis() + 5000;
            while (logged.list.stream().noneMatch(e -> e.getFormattedMessage().contains("zz")) && System.currentTimeMillis() < deadline) {
                Thread.onSpinWait();
            }
        } finally {
            logger.detachAppender(logged);
        }
        assertThat(logged.list).filteredOn(e -> e.getFormattedMessage().contains("zz")).singleElement()
                .satisfies(e -> assertThat(e.getFormattedMessage()).doesNotContain("\n").doesNotContain("\r")
                        .doesNotContain("\u0085").contains("zz\\n2024-03-25"));
    }
}
