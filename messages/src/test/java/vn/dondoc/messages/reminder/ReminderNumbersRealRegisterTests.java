package vn.dondoc.messages.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.agency.Agency;
import vn.dondoc.scheduler.agency.AgencyRegister;
import vn.dondoc.scheduler.calendar.OfficeCalendar;
import vn.dondoc.scheduler.calendar.OfficeDays;
import vn.dondoc.scheduler.contact.ContactRegister;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.contact.NewContact;
import vn.dondoc.scheduler.contact.Recipients;
import vn.dondoc.scheduler.delivery.DeliveryOutcomes;
import vn.dondoc.scheduler.delivery.DeliveryResult;
import vn.dondoc.scheduler.importing.DocumentImporter;
import vn.dondoc.scheduler.importing.ImportRequest;
import vn.dondoc.scheduler.register.OfficeZone;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.reminder.ReminderChannel;
import vn.dondoc.scheduler.reminder.ReminderMessage;
import vn.dondoc.scheduler.reminder.ReminderPlanner;
import vn.dondoc.scheduler.reminder.ReminderPolicy;
import vn.dondoc.scheduler.reminder.ReminderRun;
import vn.dondoc.scheduler.task.TaskRegister;

/**
 * The real register of 152/QĐ-UBND, one contact per agency, a head, the office and a leader, reminded at
 * 08:00 on some working days only (so that many reminders are caught up late): every "còn N" and "quá hạn
 * N" a person reads is checked against a count made here from the calendar, for the day the message goes out.
 */
class ReminderNumbersRealRegisterTests {

    static final Path REAL = Path.of("../examples/152-QD-UBND-2024-phu-luc-01.tsv");
    static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final Pattern DUE_LINE = Pattern.compile("Hạn: (\\d\\d/\\d\\d/\\d{4}) — (.+)");

    @TempDir
    Path dir;
    RegisterDatabase db;
    final MovableClock clock = new MovableClock();
    OfficeCalendar calendar;
    final ReminderText text = new ReminderText(Texts.of(Texts.Language.VIETNAMESE));

    @BeforeEach
    void open() throws Exception {
        db = RegisterDatabase.open(dir.resolve("register.db"));
        clock.day = LocalDate.of(2024, 1, 19);
        new DocumentImporter(db, clock, new OfficeDays(db).calendar())
                .run(new ImportRequest(REAL, "152/QĐ-UBND", LocalDate.of(2024, 1, 18), null, false));
        calendar = new OfficeDays(db).calendar();
        ContactRegister contacts = new ContactRegister(db, clock, Duration.ofDays(7));
        long chat = 100;
        for (Agency agency : new AgencyRegister(db, clock).all()) {
            contacts.add(new NewContact("Đầu mối " + agency.id(), ContactRole.STAFF, agency.id(), List.of(), chat++));
            if (agency.name().equals("Sở Kế hoạch và Đầu tư")) {
                contacts.add(new NewContact("Giám đốc", ContactRole.HEAD, agency.id(), List.of(), chat++));
                contacts.add(new NewContact("Phó Chủ tịch", ContactRole.LEADER, null, List.of(agency.id()), chat++));
            }
        }
        contacts.add(new NewContact("Văn phòng UBND tỉnh", ContactRole.OFFICE, null, List.of(), chat));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void everyDaysLeftAndDaysOverdueIsCountedForTheDayTheMessageIsSent() {
        ReminderRun run = run();
        List<String> checked = new ArrayList<>();
        int caughtUp = 0;
        // Mondays and Thursdays only, so most points are reached on a later day than theirs.
        for (LocalDate day = LocalDate.of(2024, 1, 22); day.isBefore(LocalDate.of(2024, 5, 1)); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() != 1 && day.getDayOfWeek().getValue() != 4 || !isWorkingDay(day)) {
                continue;
            }
            clock.day = day;
            Recording channel = new Recording();
            run.run(clock.instant(), channel, false);
            for (ReminderMessage message : channel.messages) {
                caughtUp += (int) message.reminders().stream().filter(r -> r.pointOn().isBefore(clock.day)).count();
                Matcher m = DUE_LINE.matcher(text.plain(message));
                while (m.find()) {
                    LocalDate due = LocalDate.parse(m.group(1), DMY);
                    assertThat(m.group(2)).as("%s, due %s, to %s", day, due, message.contactName())
                            .isEqualTo(expected(day, due));
                    checked.add(m.group(2));
                }
            }
        }
        assertThat(caughtUp).as("reminders sent later than their point").isGreaterThan(100);
        assertThat(checked).hasSizeGreaterThan(500)
                .anyMatch(s -> s.startsWith("còn ")).anyMatch(s -> s.startsWith("quá hạn ")).contains("hạn hôm nay");
    }

    @Test
    void theDigestGivesTheSameOverdueNumberAsTheReminderOfTheSameDay() {
        LocalDate monday = LocalDate.of(2024, 3, 25);
        clock.day = monday;
        Recording channel = new Recording();
        run().run(clock.instant(), channel, false);
        String digest = new vn.dondoc.messages.digest.DigestText(Texts.of(Texts.Language.VIETNAMESE)).html(
                vn.dondoc.scheduler.digest.RealRegister.builder(db, clock).build(monday, vn.dondoc.scheduler.digest.DigestScope.all()));

        Matcher line = Pattern.compile("<b>#(\\d+)</b> .*? — <b>(quá hạn \\d+ ngày làm việc)</b> \\(hạn (\\d\\d/\\d\\d/\\d{4})\\)")
                .matcher(digest);
        int compared = 0;
        while (line.find()) {
            long task = Long.parseLong(line.group(1));
            LocalDate due = LocalDate.parse(line.group(3), DMY);
            assertThat(line.group(2)).isEqualTo(expected(monday, due));
            for (ReminderMessage message : channel.messages) {
                for (var r : message.reminders()) {
                    if (r.taskId() == task && due.equals(r.due())) {
                        Matcher m = DUE_LINE.matcher(text.plain(new ReminderMessage(message.contactId(), message.chatId(),
                                message.contactName(), message.role(), message.agency(), List.of(r))));
                        assertThat(m.find()).isTrue();
                        assertThat(m.group(2)).isEqualTo(line.group(2));
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).as("overdue tasks in both the digest and a reminder").isGreaterThan(5);
    }

    /** The definition, counted day by day. */
    private String expected(LocalDate today, LocalDate due) {
        if (today.equals(due)) {
            return "hạn hôm nay";
        }
        int n = 0;
        if (today.isBefore(due)) {
            for (LocalDate d = today; d.isBefore(due); d = d.plusDays(1)) {
                n += isWorkingDay(d) ? 1 : 0;
            }
            return "còn " + n + " ngày làm việc";
        }
        for (LocalDate d = due.plusDays(1); !d.isAfter(today); d = d.plusDays(1)) {
            n += isWorkingDay(d) ? 1 : 0;
        }
        return "quá hạn " + n + " ngày làm việc";
    }

    /** Asked of the register's calendar one day at a time: the counting is the test's own. */
    private boolean isWorkingDay(LocalDate d) {
        return calendar.isWorkingDay(d);
    }

    private ReminderRun run() {
        Recipients recipients = new Recipients(db);
        return new ReminderRun(db, clock, new ReminderPlanner(db, new TaskRegister(db, new OfficeDays(db)), new OfficeDays(db), recipients,
                ReminderPolicy.defaults()), new DeliveryOutcomes(new ContactRegister(db, clock, Duration.ZERO)),
                vn.dondoc.scheduler.delivery.RedeliverySettings.defaults());
    }

    private static final class Recording implements ReminderChannel {
        final List<ReminderMessage> messages = new ArrayList<>();

        @Override
        public DeliveryResult deliver(ReminderMessage message) {
            messages.add(message);
            return new DeliveryResult.Sent(List.of(1L));
        }
    }

    /** 08:00 office time on {@code day}. */
    private static final class MovableClock extends Clock {
        LocalDate day;

        @Override
        public ZoneId getZone() {
            return OfficeZone.ID;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return day.atTime(8, 0).atZone(OfficeZone.ID).toInstant();
        }
    }
}
