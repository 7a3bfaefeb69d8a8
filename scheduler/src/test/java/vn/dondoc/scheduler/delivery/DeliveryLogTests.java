package vn.dondoc.scheduler.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.scheduler.contact.ContactRegister;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.contact.NewContact;
import vn.dondoc.scheduler.deadline.Deadline;
import vn.dondoc.scheduler.deadline.DeadlineKind;
import vn.dondoc.scheduler.delivery.LoggedDelivery.Kind;
import vn.dondoc.scheduler.delivery.LoggedDelivery.Outcome;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.task.Actor;
import vn.dondoc.scheduler.task.SourceDocument;
import vn.dondoc.scheduler.task.SourceDocuments;
import vn.dondoc.scheduler.task.TaskDraft;
import vn.dondoc.scheduler.task.TaskHistory;
import vn.dondoc.scheduler.task.TaskSaver;

/** The delivery log reads back reminders, digests, notices and points with nobody to remind: newest first, by day and outcome. */
class DeliveryLogTests {

    @TempDir
    Path dir;
    RegisterDatabase db;
    DeliveryLog log;
    long task;
    long milestone;
    long agency;
    long clerk;
    long office;

    @BeforeEach
    void open() {
        db = vn.dondoc.scheduler.testing.TestRegisters.open(dir.resolve("r.db"));
        Clock clock = Clock.fixed(Instant.parse("2024-01-20T02:00:00Z"), ZoneOffset.UTC);
        db.jdbc().update("INSERT INTO agency (name, name_key, created_at) VALUES ('Sở Y tế', 'so y te', 'now')");
        agency = db.jdbc().queryForObject("SELECT id FROM agency", Long.class);
        SourceDocument source = new SourceDocuments(db, clock).save("152/QĐ-UBND", LocalDate.of(2024, 1, 18), 2024, null, "p.tsv");
        task = new TaskSaver(db, clock, new TaskHistory(db, clock)).save(source, new TaskDraft("1", "I", "Nhóm I", "Nhiệm vụ 1",
                "Tháng 3", new Deadline(DeadlineKind.FIXED, List.of(LocalDate.of(2024, 3, 31)), null), List.of(agency), List.of(),
                null, 1), Actor.program("import")).taskId();
        milestone = db.jdbc().queryForObject("SELECT id FROM milestone WHERE task_id = ?", Long.class, task);
        ContactRegister contacts = new ContactRegister(db, clock, Duration.ofDays(7));
        clerk = contacts.add(new NewContact("Nguyễn Văn An", ContactRole.STAFF, agency, List.of(), 501L)).id();
        office = contacts.add(new NewContact("Văn phòng", ContactRole.OFFICE, null, List.of(), 502L)).id();
        log = new DeliveryLog(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void everyKindOfSendingIsListedNewestFirstAndFiltersByOfficeDayAndOutcome() {
        // 16:30 UTC on 24/03 is 23:30 office time: on the 24th, however close to the 25th in UTC.
        reminder("BEFORE", "2024-03-24T16:30:00.250Z", "SENT", null);
        reminder("DUE", "2024-03-25T02:00:00Z", "BLOCKED", "Forbidden: bot was blocked by the user");
        db.jdbc().update("INSERT INTO digest_delivery (contact_id, week_on, status, reason, planned_at, finished_at)"
                + " VALUES (?, '2024-03-25', 'FAILED', 'Bad Gateway', '2024-03-25T00:30:00Z', '2024-03-25T00:30:05Z')", office);
        db.jdbc().update("INSERT INTO office_notice (contact_id, chat_id, run_at, body, planned_at, status, finished_at)"
                + " VALUES (?, 502, '2024-03-25T03:00:00Z', 'x', '2024-03-25T03:00:00Z', 'SENT', '2024-03-25T03:00:01Z')", office);
        db.jdbc().update("INSERT INTO unreached (milestone_id, agency_id, kind, point_on, told_at)"
                + " VALUES (?, ?, 'OVERDUE', '2024-03-25', '2024-03-25T03:00:00Z')", milestone, agency);

        DeliveryLogPage all = log.page(null, null, 0);
        assertThat(all.total()).isEqualTo(5);
        assertThat(all.lines()).extracting(LoggedDelivery::kind)
                .containsExactly(Kind.NOTICE, Kind.NOBODY, Kind.REMINDER, Kind.DIGEST, Kind.REMINDER);
        assertThat(all.lines().get(1)).isEqualTo(new LoggedDelivery(Instant.parse("2024-03-25T03:00:00Z"), Kind.NOBODY,
                Outcome.NOBODY, "Sở Y tế", task, "OVERDUE", LocalDate.of(2024, 3, 25), null));
        assertThat(all.lines().get(2).reason()).isEqualTo("Forbidden: bot was blocked by the user");
        assertThat(all.lines().get(3).day()).isEqualTo(LocalDate.of(2024, 3, 25));

        assertThat(log.page(LocalDate.of(2024, 3, 25), null, 0).total()).isEqualTo(4);
        assertThat(log.page(LocalDate.of(2024, 3, 24), null, 0).lines()).singleElement()
                .extracting(LoggedDelivery::reminderKind).isEqualTo("BEFORE");
        assertThat(log.page(LocalDate.of(2024, 3, 23), null, 0).total()).isZero();
        assertThat(log.page(LocalDate.of(2024, 3, 25), Outcome.FAILED, 0).lines()).singleElement()
                .extracting(LoggedDelivery::to).isEqualTo("Văn phòng");
    }

    @Test
    void aLongLogComesInPagesOfFifty() {
        for (int i = 0; i < DeliveryLog.PAGE_SIZE + 3; i++) {
            reminder("BEFORE", Instant.parse("2024-03-25T01:00:00Z").plusSeconds(i).toString(), "SENT", null, LocalDate.of(2024, 1, 1).plusDays(i).toString());
        }

        DeliveryLogPage first = log.page(null, Outcome.SENT, 0);
        DeliveryLogPage second = log.page(null, Outcome.SENT, 1);
        assertThat(first.lines()).hasSize(DeliveryLog.PAGE_SIZE);
        assertThat(first.hasNext()).isTrue();
        assertThat(first.pages()).isEqualTo(2);
        assertThat(second.lines()).hasSize(3);
        assertThat(second.hasNext()).isFalse();
        assertThat(second.lines().get(2).at()).isEqualTo(Instant.parse("2024-03-25T01:00:00Z"));
    }

    private void reminder(String kind, String at, String status, String reason) {
        reminder(kind, at, status, reason, "2024-03-25");
    }

    private void reminder(String kind, String at, String status, String reason, String point) {
        db.jdbc().update("INSERT INTO delivery (milestone_id, task_id, contact_id, chat_id, kind, working_days, point_on,"
                        + " planned_at, status, reason, finished_at) VALUES (?, ?, ?, 501, ?, 1, ?, ?, ?, ?, ?)",
                milestone, task, clerk, kind, point, at, status, reason, at);
    }
}
