package vn.dondoc.messages.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.messages.Texts;
import vn.dondoc.scheduler.agency.AgencyRegister;
import vn.dondoc.scheduler.calendar.OfficeDays;
import vn.dondoc.scheduler.contact.ContactRegister;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.contact.NewContact;
import vn.dondoc.scheduler.contact.Recipients;
import vn.dondoc.scheduler.delivery.DeliveryOutcomes;
import vn.dondoc.scheduler.delivery.DeliveryResult;
import vn.dondoc.scheduler.delivery.RedeliverySettings;
import vn.dondoc.scheduler.importing.DocumentImporter;
import vn.dondoc.scheduler.importing.ImportRequest;
import vn.dondoc.scheduler.register.OfficeZone;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.reminder.OfficeAlert;
import vn.dondoc.scheduler.reminder.OfficeAlertChannel;
import vn.dondoc.scheduler.reminder.OfficeAlerts;
import vn.dondoc.scheduler.reminder.ReminderChannel;
import vn.dondoc.scheduler.reminder.ReminderPass;
import vn.dondoc.scheduler.reminder.ReminderPlanner;
import vn.dondoc.scheduler.reminder.ReminderPolicy;
import vn.dondoc.scheduler.reminder.ReminderRun;
import vn.dondoc.scheduler.task.TaskRegister;

/**
 * The real register with only two agencies linked (Sở LĐTB&XH, Sở Kế hoạch và Đầu tư): every reminder goes
 * out, and the office's one notice names the agencies that have something due and nobody to remind.
 */
class OfficeToldOfAgenciesWithNobodyToRemindTests {

    static final Path REAL = Path.of("../examples/152-QD-UBND-2024-phu-luc-01.tsv");

    @TempDir
    Path dir;
    RegisterDatabase db;
    Instant now = LocalDateTime.parse("2024-01-19T09:00").atZone(OfficeZone.ID).toInstant();
    final Clock clock = new Clock() {
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
            return now;
        }
    };
    final List<OfficeAlert> alerts = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        db = RegisterDatabase.open(dir.resolve("register.db"));
        new DocumentImporter(db, clock, new OfficeDays(db).calendar())
                .run(new ImportRequest(REAL, "152/QĐ-UBND", java.time.LocalDate.of(2024, 1, 18), null, false));
        AgencyRegister agencies = new AgencyRegister(db, clock);
        ContactRegister contacts = new ContactRegister(db, clock, Duration.ofDays(7));
        contacts.add(new NewContact("Nguyễn Thị Lan", ContactRole.STAFF, agencies.lookup("Sở LĐTB&XH").agencies().get(0).id(),
                List.of(), 111L));
        contacts.add(new NewContact("Lê Văn Hùng", ContactRole.HEAD,
                agencies.lookup("Sở Kế hoạch và Đầu tư").agencies().get(0).id(), List.of(), 112L));
        contacts.add(new NewContact("Văn phòng UBND tỉnh", ContactRole.OFFICE, null, List.of(), 222L));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theOfficesNoticeNamesEachAgencyWithSomethingDueAndNoActiveContactOnce() {
        ReminderPass pass = pass();

        pass.runOnce(at("2024-03-25T08:00"), false);

        assertThat(alerts).hasSize(1);
        String notice = new OfficeAlertText(Texts.of(Texts.Language.VIETNAMESE)).html(alerts.get(0));
        assertThat(notice).contains("Sở Y tế").contains("Sở Xây dựng").contains("UBND huyện Đô Lương")
                .doesNotContain("Sở Lao động- TB và XH").doesNotContain("Sở Kế hoạch và Đầu tư");
        assertThat(notice).contains("chưa có đầu mối");

        pass.runOnce(at("2024-03-25T09:00"), false);
        assertThat(alerts).as("the same points are not told again an hour later").hasSize(1);
    }

    private Instant at(String local) {
        now = LocalDateTime.parse(local).atZone(OfficeZone.ID).toInstant();
        return now;
    }

    private ReminderPass pass() {
        Recipients recipients = new Recipients(db);
        DeliveryOutcomes outcomes = new DeliveryOutcomes(new ContactRegister(db, clock, Duration.ZERO));
        ReminderRun run = new ReminderRun(db, clock, new ReminderPlanner(db, new TaskRegister(db, new OfficeDays(db)),
                new OfficeDays(db), recipients, ReminderPolicy.defaults()), outcomes, RedeliverySettings.defaults());
        ReminderChannel sent = message -> new DeliveryResult.Sent(List.of(1L));
        OfficeAlertChannel office = alert -> {
            alerts.add(alert);
            return new DeliveryResult.Sent(List.of(2L));
        };
        return new ReminderPass(run, sent, new OfficeAlerts(db, clock, recipients, office, outcomes, RedeliverySettings.defaults()));
    }
}
