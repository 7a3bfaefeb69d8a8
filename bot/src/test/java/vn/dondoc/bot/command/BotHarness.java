package vn.dondoc.bot.command;

import vn.dondoc.scheduler.calendar.OfficeDays;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dondoc.bot.MutableClock;
import vn.dondoc.bot.telegram.FakeBotApi;
import vn.dondoc.bot.telegram.FloodControl;
import vn.dondoc.bot.telegram.FloodSettings;
import vn.dondoc.bot.telegram.Keyboard;
import vn.dondoc.bot.telegram.TelegramBot;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.agency.AgencyRegister;
import vn.dondoc.scheduler.calendar.OfficeCalendar;
import vn.dondoc.scheduler.contact.ContactActions;
import vn.dondoc.scheduler.contact.ContactRegister;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.contact.LinkGuard;
import vn.dondoc.scheduler.contact.LinkGuardSettings;
import vn.dondoc.scheduler.contact.NewContact;
import vn.dondoc.scheduler.digest.DigestBuilder;
import vn.dondoc.scheduler.digest.DigestSnapshots;
import vn.dondoc.scheduler.importing.DocumentImporter;
import vn.dondoc.scheduler.importing.ImportRequest;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.task.MilestoneLine;
import vn.dondoc.scheduler.task.TaskQuery;
import vn.dondoc.scheduler.task.TaskRegister;
import vn.dondoc.scheduler.contact.ContactActions;
import vn.dondoc.scheduler.digest.DigestBuilder;
import vn.dondoc.scheduler.digest.DigestSnapshots;
import vn.dondoc.scheduler.indicator.IndicatorActions;
import vn.dondoc.scheduler.indicator.IndicatorRegister;
import vn.dondoc.scheduler.reminder.MuteActions;
import vn.dondoc.scheduler.reminder.Mutes;
import vn.dondoc.scheduler.task.ExtensionActions;
import vn.dondoc.scheduler.task.Extensions;
import vn.dondoc.scheduler.task.MilestoneLine;
import vn.dondoc.scheduler.task.TaskAccess;
import vn.dondoc.scheduler.task.TaskActions;
import vn.dondoc.scheduler.task.TaskOverview;
import vn.dondoc.scheduler.task.TaskHistory;
import vn.dondoc.scheduler.task.TaskQuery;
import vn.dondoc.scheduler.task.TaskRegister;
import vn.dondoc.scheduler.task.TaskReports;

/**
 * The real bot (telegrambots' poller and client) on the real 152/QĐ-UBND register in a temporary
 * SQLite file, talking to a fake Bot API on 127.0.0.1. Time is a clock the test moves.
 */
final class BotHarness implements AutoCloseable {

    static final Path REAL = Path.of("../examples/152-QD-UBND-2024-phu-luc-01.tsv");
    /** As application.yml has it: 5 wrong codes in 10 minutes lock a chat out for 15; 2 s after a first wrong code. */
    static final LinkGuardSettings LINK_GUARD = new LinkGuardSettings(5, Duration.ofMinutes(10), Duration.ofMinutes(15),
            Duration.ofSeconds(2));

    final FakeBotApi telegram = new FakeBotApi();
    final MutableClock clock = new MutableClock(Instant.parse("2024-03-25T02:00:00Z"));
    final RegisterDatabase db;
    final TaskRegister tasks;
    final TaskHistory history;
    final Extensions extensions;
    final Mutes mutes;
    final ContactRegister contacts;
    final AgencyRegister agencies;
    private final TelegramBot bot;
    private final FloodControl flood;

    BotHarness(Path dir) throws Exception {
        this(dir, Texts.forCode("vi"));
    }

    /** The same bot answering in {@code texts}' language, as DONDOC_LANG chooses. */
    BotHarness(Path dir, Texts texts) throws Exception {
        this(dir, texts, GENEROUS);
    }

    /** With a write waiting at most {@code busyTimeout} for another process (DONDOC_BUSY_TIMEOUT). */
    BotHarness(Path dir, Duration busyTimeout) throws Exception {
        this(dir, Texts.forCode("vi"), GENEROUS, busyTimeout);
    }

    /**
     * The conversations of these tests send more, faster and more alike than a person would: by default the
     * queues are fair but nothing is dropped. Tests of flood control give the limits of application.yml.
     */
    static final FloodSettings GENEROUS = new FloodSettings(4, 1000, 1000, 6000, Duration.ZERO, Duration.ZERO);
    /** As application.yml has it. */
    static final FloodSettings LIMITS = new FloodSettings(4, 20, 10, 30, Duration.ofSeconds(10), Duration.ofSeconds(60));

    BotHarness(Path dir, Texts texts, FloodSettings floodSettings) throws Exception {
        this(dir, texts, floodSettings, Duration.ofSeconds(30));
    }

    private BotHarness(Path dir, Texts texts, FloodSettings floodSettings, Duration busyTimeout) throws Exception {
        this(dir, texts, floodSettings, busyTimeout, true);
    }

    /** The bot on an empty register, as on the day the office starts: nothing imported yet. */
    static BotHarness empty(Path dir) throws Exception {
        return new BotHarness(dir, Texts.forCode("vi"), GENEROUS, Duration.ofSeconds(30), false);
    }

    /** Where the files the office sent wait for Nhập (ImportFiles' folder). */
    final Path pendingImports;

    private BotHarness(Path dir, Texts texts, FloodSettings floodSettings, Duration busyTimeout, boolean importReal) throws Exception {
        db = vn.dondoc.scheduler.testing.TestRegisters.open(dir.resolve("register.db"), busyTimeout);
        pendingImports = dir.resolve("pending-imports");
        tasks = new TaskRegister(db, new OfficeDays(db));
        history = new TaskHistory(db, clock);
        extensions = new Extensions(db, clock, tasks, history);
        mutes = new Mutes(db, clock, history);
        contacts = new ContactRegister(db, clock, Duration.ofDays(7));
        agencies = new AgencyRegister(db, clock);
        MutableClock importClock = new MutableClock(Instant.parse("2024-01-20T02:00:00Z"));
        if (importReal) {
            new DocumentImporter(db, importClock, new OfficeCalendar(List.of()))
                    .run(new ImportRequest(REAL, "152/QĐ-UBND", LocalDate.of(2024, 1, 18), null, false));
        }
        bot = new TelegramBot(telegram.settings());
        TaskAccess access = new TaskAccess(tasks);
        BotServices services = new BotServices(
                new TaskActions(db, clock, tasks, history, new TaskReports(db, clock, tasks, history), access),
                new TaskOverview(db, clock, tasks, agencies),
                new ExtensionActions(db, clock, extensions, access, contacts), new ContactActions(db, contacts, new LinkGuard(clock, LINK_GUARD)),
                new MuteActions(db, access, mutes), new IndicatorActions(db, clock, new IndicatorRegister(db)),
                new DigestBuilder(db, tasks, new DigestSnapshots(db), new vn.dondoc.scheduler.calendar.OfficeDays(db),
                new vn.dondoc.scheduler.indicator.IndicatorStandings(new vn.dondoc.scheduler.indicator.IndicatorRegister(db))),
                texts, clock, bot.outbox(), bot::username);
        BotDispatcher dispatcher = BotDispatcher.create(services, ConsoleLogin.NONE,
                importFiles(db, clock, bot.downloads(), pendingImports));
        ContactActions contactActions = services.contacts();
        flood = new FloodControl(dispatcher, floodSettings, clock, contactActions::isLinked,
                chat -> bot.outbox().send(chat, texts.get("flood.tooFast"), Keyboard.NONE), FakeBotApi.TOKEN);
        telegram.settledWhen(flood::idle);
        bot.start(flood, dispatcher.menu());
    }

    /** A contact linked at once to a known chat, as {@code contact add --chat-id} does. */
    long linked(long chatId, String name, ContactRole role, String agency) {
        Long agencyId = agency == null ? null : agencyId(agency);
        return db.inTransaction(() -> contacts.add(new NewContact(name, role, agencyId, List.of(), chatId)).id());
    }

    /** A contact invited with a code, as {@code contact add} without a chat does. */
    String invited(String name, ContactRole role, String agency) {
        Long agencyId = agency == null ? null : agencyId(agency);
        return db.inTransaction(() -> contacts.add(new NewContact(name, role, agencyId, List.of(), null)).inviteCode());
    }

    /** A leader in charge of {@code agencies}, linked at once to a known chat. */
    long linkedLeader(long chatId, String name, String... agencies) {
        List<Long> ids = java.util.Arrays.stream(agencies).map(this::agencyId).toList();
        return db.inTransaction(() -> contacts.add(new NewContact(name, ContactRole.LEADER, null, ids, chatId)).id());
    }

    /** Every milestone of the task with this item number in 152/QĐ-UBND, as of today. */
    List<MilestoneLine> item(String item) {
        return tasks.milestones(TaskQuery.all(today())).stream().filter(l -> l.item().equals(item)).toList();
    }

    long agencyId(String name) {
        return agencies.all().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow().id();
    }

    /** An open task whose only lead is {@code agency}, with a fixed due date. */
    MilestoneLine openTaskLedBy(String agency) {
        return tasks.milestones(TaskQuery.all(today())).stream()
                .filter(l -> l.lead().equals(List.of(agency)) && l.status().isOpen() && l.due() != null)
                .findFirst().orElseThrow();
    }

    /** The bot's outbox, for a reminder pass that sends through this bot. */
    vn.dondoc.bot.telegram.Outbox outbox() {
        return bot.outbox();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public void close() throws Exception {
        bot.close();
        flood.close();
        telegram.close();
        db.close();
    }

    /** Tables and notices in prose, read and saved as {@code import} does. */
    private static ImportFiles importFiles(RegisterDatabase db, java.time.Clock clock, vn.dondoc.bot.telegram.FileDownloads downloads,
                                           Path folder) {
        DocumentImporter importer = new DocumentImporter(db, clock, new OfficeCalendar(List.of()));
        return new ImportFiles(importer, downloads, folder, new vn.dondoc.scheduler.notice.NoticeImport(importer,
                new AgencyRegister(db, clock), new OfficeDays(db)));
    }
}
