package vn.dondoc.bot;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
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
 * The Spring Boot application of {@code run}, wired as in production (bot, Quartz jobs, shared pacer),
 * on Monday 25/03/2024 09:00 office time against the fake Bot API: the start-up firings send the
 * reminders due and catch up the week's digest, and the bot answers.
 */
class RunApplicationTests {

    static final long YTE = 3001;
    static final long OFFICE = 3002;

    @TempDir
    Path dir;
    FakeBotApi telegram;
    ConfigurableApplicationContext app;

    @BeforeEach
    void setUp() throws Exception {
        telegram = new FakeBotApi();
        Path file = dir.resolve("dondoc.db");
        Clock importClock = Clock.fixed(Instant.parse("2024-01-20T02:00:00Z"), java.time.ZoneOffset.UTC);
        try (RegisterDatabase db = TestRegisters.open(file)) {
            new DocumentImporter(db, importClock, new OfficeCalendar(List.of())).run(new ImportRequest(
                    Path.of("../examples/152-QD-UBND-2024-phu-luc-01.tsv"), "152/QĐ-UBND", LocalDate.of(2024, 1, 18), null, false));
            long yTe = new AgencyRegister(db, importClock).all().stream().filter(a -> a.name().equals("Sở Y tế")).findFirst().orElseThrow().id();
            ContactRegister contacts = new ContactRegister(db, importClock, Duration.ofDays(7));
            contacts.add(new NewContact("Nguyễn Văn An", ContactRole.STAFF, yTe, List.of(), YTE));
            contacts.add(new NewContact("Văn phòng UBND tỉnh", ContactRole.OFFICE, null, List.of(), OFFICE));
        }
        MutableClock monday = new MutableClock(Instant.parse("2024-03-25T02:00:00Z"));
        app = new SpringApplicationBuilder(DondocApplication.class).profiles(DondocApplication.RUN)
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", monday))
                .run("--dondoc.db=" + TestRegisters.location(file), "--dondoc.db-user=" + TestRegisters.user(file),
                        "--dondoc.db-password=" + TestRegisters.password(file), "--dondoc.telegram.token=" + FakeBotApi.TOKEN,
                        "--dondoc.telegram.api-url=" + telegram.url(), "--dondoc.web.port=0", "--spring.main.keep-alive=false");
    }

    @AfterEach
    void tearDown() throws Exception {
        if (app != null) {
            app.close();
        }
        telegram.close();
    }

    @Test
    void atStartUpTheDueRemindersAndTheMissedDigestGoOutAndTheBotAnswers() {
        FakeBotApi.Call reminder = telegram.awaitMessage(YTE, text -> text.contains("#"));
        assertThat(reminder.buttons()).anyMatch(b -> b.startsWith("d:")).anyMatch(b -> b.startsWith("e:"));
        telegram.await(c -> c.method().equals("senddocument") && Long.valueOf(OFFICE).equals(c.chatId()), "the digest's .xlsx");
        assertThat(telegram.sentTo(OFFICE)).anyMatch(c -> c.text().contains("tuần 25/03/2024"));

        telegram.userSays(YTE, "/nhiemvu");
        telegram.awaitMessageContaining(YTE, "Nhiệm vụ đang thực hiện");
        assertThat(telegram.calls()).anyMatch(c -> c.method().equals("setmycommands"));

        // A graceful stop lets a job that is still sending finish: nothing is left failed or pending.
        app.close();
        try (RegisterDatabase db = TestRegisters.open(dir.resolve("dondoc.db"))) {
            assertThat(db.jdbc().queryForList("SELECT DISTINCT status FROM delivery", String.class)).containsExactly("SENT");
            assertThat(db.jdbc().queryForList("SELECT DISTINCT status FROM digest_delivery", String.class)).containsExactly("SENT");
        }
    }
}
