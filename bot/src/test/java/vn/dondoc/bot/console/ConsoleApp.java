package vn.dondoc.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.dondoc.bot.DondocApplication;
import vn.dondoc.bot.MutableClock;
import vn.dondoc.bot.telegram.FakeBotApi;
import vn.dondoc.scheduler.agency.AgencyRegister;
import vn.dondoc.scheduler.calendar.OfficeCalendar;
import vn.dondoc.scheduler.contact.ContactRegister;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.contact.NewContact;
import vn.dondoc.scheduler.importing.DocumentImporter;
import vn.dondoc.scheduler.importing.ImportRequest;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.testing.TestRegisters;

/**
 * {@code run} as in production (profile run, the web console on a free port) on the real 152/QĐ-UBND register, on
 * Monday 25/03/2024 09:00 office time, with the fake Bot API for Telegram, and three linked contacts: the office, a
 * leader and a clerk of Sở Y tế. Logging in goes through /dangnhap like a person would.
 */
final class ConsoleApp implements AutoCloseable {

    static final long OFFICE = 4001;
    static final long LEADER = 4002;
    static final long STAFF = 4003;
    static final long STRANGER = 4999;
    private static final Pattern LINK = Pattern.compile("http://localhost:(\\d+)/login/ott\\?token=([A-Za-z0-9_-]+)");

    final FakeBotApi telegram;
    final MutableClock clock = new MutableClock(Instant.parse("2024-03-25T02:00:00Z"));
    final ConfigurableApplicationContext app;
    /** The register file, for the command line ({@code tasks --json}) while the console runs. */
    final Path file;

    ConsoleApp(Path dir) throws Exception {
        this(dir, true);
    }

    /**
     * {@code withRegister} false: an empty register (no document imported, no agency) with only the office's contact,
     * as a new office starts — the browser test imports the document itself.
     */
    static ConsoleApp empty(Path dir) throws Exception {
        return new ConsoleApp(dir, false);
    }

    private ConsoleApp(Path dir, boolean withRegister) throws Exception {
        telegram = new FakeBotApi();
        Path file = dir.resolve("dondoc.db");
        this.file = file;
        Clock importClock = Clock.fixed(Instant.parse("2024-01-20T02:00:00Z"), ZoneOffset.UTC);
        try (RegisterDatabase db = TestRegisters.open(file)) {
            ContactRegister contacts = new ContactRegister(db, importClock, Duration.ofDays(7));
            if (withRegister) {
                new DocumentImporter(db, importClock, new OfficeCalendar(List.of())).run(new ImportRequest(
                        Path.of("../examples/152-QD-UBND-2024-phu-luc-01.tsv"), "152/QĐ-UBND", LocalDate.of(2024, 1, 18), null, false));
            }
            contacts.add(new NewContact("Văn phòng UBND tỉnh", ContactRole.OFFICE, null, List.of(), OFFICE));
            if (withRegister) {
                long yTe = new AgencyRegister(db, importClock).all().stream().filter(a -> a.name().equals("Sở Y tế")).findFirst().orElseThrow().id();
                contacts.add(new NewContact("Trần Thị Lãnh Đạo", ContactRole.LEADER, null, List.of(), LEADER));
                contacts.add(new NewContact("Nguyễn Văn An", ContactRole.STAFF, yTe, List.of(), STAFF));
            }
        }
        app = new SpringApplicationBuilder(DondocApplication.class).profiles(DondocApplication.RUN)
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", clock))
                .run("--dondoc.db=" + TestRegisters.location(file), "--dondoc.db-user=" + TestRegisters.user(file),
                        "--dondoc.db-password=" + TestRegisters.password(file), "--dondoc.telegram.token=" + FakeBotApi.TOKEN,
                        "--dondoc.telegram.api-url=" + telegram.url(), "--dondoc.web.port=0", "--dondoc.web.address=127.0.0.1",
                        "--spring.main.keep-alive=false");
    }

    int port() {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    /** The person in {@code chat} sends /dangnhap; the link the bot answers with. */
    String loginLink(long chat) {
        telegram.userSays(chat, "/dangnhap");
        FakeBotApi.Call answer = telegram.awaitMessage(chat, text -> text.contains("/login/ott?token="));
        Matcher link = LINK.matcher(answer.text());
        assertThat(link.find()).as(answer.text()).isTrue();
        assertThat(Integer.parseInt(link.group(1))).isEqualTo(port());
        return link.group();
    }

    static String token(String link) {
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    void later(Duration duration) {
        clock.set(clock.instant().plus(duration));
    }

    @Override
    public void close() throws Exception {
        try {
            app.close();
        } finally {
            telegram.close();
        }
    }
}
