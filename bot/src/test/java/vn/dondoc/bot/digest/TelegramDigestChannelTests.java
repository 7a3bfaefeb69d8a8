package vn.dondoc.bot.digest;

import vn.dondoc.scheduler.calendar.OfficeDays;
import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.bot.MutableClock;
import vn.dondoc.bot.cli.HandWired;
import vn.dondoc.bot.telegram.FakeBotApi;
import vn.dondoc.bot.telegram.TelegramBot;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.agency.AgencyRegister;
import vn.dondoc.scheduler.calendar.OfficeCalendar;
import vn.dondoc.scheduler.contact.ContactRegister;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.contact.ContactStatus;
import vn.dondoc.scheduler.contact.NewContact;
import vn.dondoc.scheduler.delivery.DeliveryResult;
import vn.dondoc.scheduler.digest.DigestPass;
import vn.dondoc.scheduler.digest.DigestReport;
import vn.dondoc.scheduler.digest.DigestScope;
import vn.dondoc.scheduler.importing.DocumentImporter;
import vn.dondoc.scheduler.importing.ImportRequest;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.task.TaskQuery;
import vn.dondoc.scheduler.task.TaskRegister;

/** The weekly digest through the real Telegram client against a fake Bot API, on the 152/QĐ-UBND register. */
class TelegramDigestChannelTests {

    static final Path REAL = Path.of("../examples/152-QD-UBND-2024-phu-luc-01.tsv");
    static final Instant MONDAY_0730 = Instant.parse("2024-03-25T00:30:00Z");
    static final LocalDate MONDAY = LocalDate.of(2024, 3, 25);
    static final long OFFICE = 2001;
    static final long LEADER = 2002;
    static final long CHAIRMAN = 2003;
    static final long STAFF = 2004;
    static final long HEAD = 2005;

    @TempDir
    Path dir;
    FakeBotApi telegram;
    TelegramBot bot;
    RegisterDatabase db;
    MutableClock clock;
    ContactRegister contacts;
    long office;
    long leader;
    long chairman;
    List<Long> leadersAgencies;

    @BeforeEach
    void setUp() throws Exception {
        telegram = new FakeBotApi();
        bot = new TelegramBot(telegram.settings());
        db = vn.dondoc.scheduler.testing.TestRegisters.open(dir.resolve("register.db"));
        new DocumentImporter(db, new MutableClock(Instant.parse("2024-01-20T02:00:00Z")), new OfficeCalendar(List.of()))
                .run(new ImportRequest(REAL, "152/QĐ-UBND", LocalDate.of(2024, 1, 18), null, false));
        clock = new MutableClock(MONDAY_0730);
        contacts = new ContactRegister(db, clock, Duration.ofDays(7));
        AgencyRegister agencies = new AgencyRegister(db, clock);
        long health = agencies.all().stream().filter(a -> a.name().equals("Sở Y tế")).findFirst().orElseThrow().id();
        long building = agencies.all().stream().filter(a -> a.name().equals("Sở Xây dựng")).findFirst().orElseThrow().id();
        leadersAgencies = List.of(health, building);
        office = add("Văn phòng UBND tỉnh", ContactRole.OFFICE, null, List.of(), OFFICE);
        leader = add("Phó Chủ tịch Lê Văn C", ContactRole.LEADER, null, leadersAgencies, LEADER);
        chairman = add("Chủ tịch Nguyễn Văn D", ContactRole.LEADER, null, List.of(), CHAIRMAN);
        add("Đầu mối Sở Y tế", ContactRole.STAFF, health, List.of(), STAFF);
        add("Giám đốc Sở Xây dựng", ContactRole.HEAD, building, List.of(), HEAD);
    }

    @AfterEach
    void tearDown() throws Exception {
        bot.close();
        telegram.close();
        db.close();
    }

    @Test
    void oneRunSendsTextChartAndRegisterToEachLeaderAndTheOffice() {
        DigestReport report = job().runOnce(MONDAY_0730, false);

        assertThat(report.outcomes()).extracting(DigestReport.Outcome::contactId).containsExactly(office, leader, chairman);
        int all = new TaskRegister(db, new OfficeDays(db)).milestones(TaskQuery.all(MONDAY)).size();
        int theirs = HandWired.digestBuilder(db, clock).lines(MONDAY, DigestScope.of(leadersAgencies)).size();
        assertThat(theirs).isPositive().isLessThan(all);
        assertThreeParts(OFFICE, all, report.outcomes().get(0));
        assertThreeParts(LEADER, theirs, report.outcomes().get(1));
        assertThreeParts(CHAIRMAN, all, report.outcomes().get(2));
        assertThat(telegram.sentTo(LEADER).get(0).text()).contains("Các cơ quan đồng chí phụ trách: Sở Xây dựng, Sở Y tế.");
        assertThat(telegram.sentTo(OFFICE).get(0).text()).contains("Tất cả cơ quan.");
        assertThat(db.jdbc().queryForList("SELECT status FROM digest_delivery", String.class)).containsOnly("SENT").hasSize(3);
    }

    @Test
    void agencyContactsNeverReceiveTheDigest() {
        job().runOnce(MONDAY_0730, false);

        assertThat(telegram.calls()).filteredOn(c -> c.method().startsWith("send")).extracting(FakeBotApi.Call::chatId)
                .containsOnly(OFFICE, LEADER, CHAIRMAN).doesNotContain(STAFF, HEAD);
    }

    @Test
    void aSecondRunInTheSameWeekSendsNothing() {
        job().runOnce(MONDAY_0730, false);
        int calls = telegram.calls().size();

        clock.set(Instant.parse("2024-03-27T03:00:00Z"));
        DigestReport again = job().runOnce(clock.instant(), false);

        assertThat(again.outcomes()).isEmpty();
        assertThat(again.alreadyDone()).containsExactly(office, leader, chairman);
        assertThat(telegram.calls()).hasSize(calls);
    }

    @Test
    void aLeaderWhoBlockedTheBotIsMarkedBlockedAndNothingMoreIsTried() {
        telegram.blockedBy(LEADER);

        DigestReport report = job().runOnce(MONDAY_0730, false);

        assertThat(report.outcomes().get(1).result()).isInstanceOf(DeliveryResult.Blocked.class);
        assertThat(contacts.byId(leader)).get().extracting(c -> c.status()).isEqualTo(ContactStatus.BLOCKED);
        assertThat(telegram.calls()).filteredOn(c -> LEADER == (c.chatId() == null ? 0 : c.chatId()))
                .extracting(FakeBotApi.Call::method).containsExactly("sendmessage:refused");
        assertThat(telegram.answeredTo(OFFICE)).hasSize(3);
        assertThat(telegram.answeredTo(CHAIRMAN)).hasSize(3);
    }

    @Test
    void aChartRefusedAfterTheTextIsFailedAndTheNextRunSendsTheWholeDigestAgain() {
        telegram.serverErrorNext("sendPhoto", 400);

        DigestReport first = job().runOnce(MONDAY_0730, false);

        assertThat(first.outcomes().get(0).result()).isInstanceOf(DeliveryResult.Failed.class);
        assertThat(((DeliveryResult.Failed) first.outcomes().get(0).result()).reason()).contains("after part 1 of 3");
        assertThat(telegram.answeredTo(OFFICE)).extracting(FakeBotApi.Call::method).containsExactly("sendmessage");

        job().runOnce(Instant.parse("2024-03-25T01:30:00Z"), false);

        assertThat(telegram.answeredTo(OFFICE)).extracting(FakeBotApi.Call::method)
                .containsExactly("sendmessage", "sendmessage", "sendphoto", "senddocument");
        assertThat(db.jdbc().queryForList("SELECT status FROM digest_delivery", String.class)).containsOnly("SENT");
    }

    private void assertThreeParts(long chat, int milestones, DigestReport.Outcome outcome) {
        List<FakeBotApi.Call> calls = telegram.answeredTo(chat);
        assertThat(calls).extracting(FakeBotApi.Call::method).containsExactly("sendmessage", "sendphoto", "senddocument");
        assertThat(calls.get(0).text()).contains("Tình hình thực hiện nhiệm vụ — tuần 25/03/2024").hasSizeLessThanOrEqualTo(4096);
        assertThat(DigestFigures.inText(calls.get(0).text()).values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(milestones);
        assertThat(DigestFigures.image(telegram.file(calls.get(1))).getWidth()).isPositive();
        assertThat(telegram.multipartText(calls.get(1), "caption")).isEqualTo("Tình hình theo cơ quan, tuần 25/03/2024");
        assertThat(telegram.fileName(calls.get(2))).isEqualTo("dondoc-2024-03-25.xlsx");
        assertThat(DigestFigures.workbookRows(telegram.file(calls.get(2)))).isEqualTo(milestones);
        assertThat(outcome.result()).isEqualTo(new DeliveryResult.Sent(calls.stream().map(FakeBotApi.Call::messageId).toList()));
    }

    private DigestPass job() {
        return HandWired.digestPass(db, clock, new TelegramDigestChannel(bot.outbox(), NoWaitTicker.attempts(), Texts.forCode("vi")));
    }

    private long add(String name, ContactRole role, Long agencyId, List<Long> inCharge, long chat) {
        return db.inTransaction(() -> contacts.add(new NewContact(name, role, agencyId, inCharge, chat)).id());
    }
}
