package vn.dondoc.scheduler.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.scheduler.contact.ContactStatus;
import vn.dondoc.scheduler.delivery.DeliveryResult;

/** What a run writes before and after each message: nothing lost, nothing twice. */
class ReminderDeliveryTests {

    @TempDir
    Path dir;
    ReminderFixture f;
    long xayDung;
    long taiChinh;
    long an;
    long binh;

    @BeforeEach
    void open() {
        f = new ReminderFixture(dir);
        xayDung = f.agency("Sở Xây dựng");
        taiChinh = f.agency("Sở Tài chính");
        an = f.staff("Nguyễn Văn An", xayDung);
        binh = f.staff("Lê Thị Bình", taiChinh);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void oneMessagePerChatSortedByDueDate() {
        f.task("10", "2024-03-29", xayDung);
        f.task("2", "2024-03-29", xayDung);
        f.task("7", "2024-03-27", xayDung);
        f.task("3", "2024-04-04", xayDung); // its 7-day point is today
        f.task("8", "2024-03-29", taiChinh);

        ReminderReport report = f.runAt("2024-03-26T08:00");

        assertThat(f.channel.messages).hasSize(2);
        ReminderMessage toAn = f.channel.messages.stream().filter(m -> m.contactId() == an).findFirst().orElseThrow();
        assertThat(toAn.reminders()).extracting(Reminder::item).containsExactly("7", "2", "10", "3");
        assertThat(toAn.contactName()).isEqualTo("Nguyễn Văn An");
        assertThat(toAn.agency()).isEqualTo("Sở Xây dựng");
        assertThat(toAn.reminders().get(0)).satisfies(r -> {
            assertThat(r.source()).isEqualTo("152/QĐ-UBND");
            assertThat(r.title()).isEqualTo("Nhiệm vụ 7");
            assertThat(r.lead()).containsExactly("Sở Xây dựng");
            assertThat(r.kind()).isEqualTo(ReminderKind.BEFORE);
            assertThat(r.pointDays()).isEqualTo(1);
        });
        assertThat(report.planned()).isEqualTo(5);
        assertThat(report.messages()).isEqualTo(2);
        assertThat(report.sent()).isEqualTo(2);
        assertThat(f.count("SELECT count(*) FROM delivery WHERE status = 'SENT' AND message_ids IS NOT NULL")).isEqualTo(5);
    }

    @Test
    void everyRowIsWrittenPendingBeforeAnythingIsSent() {
        f.task("47", "2024-03-29", xayDung);
        f.channel.answer = m -> {
            assertThat(f.count("SELECT count(*) FROM delivery WHERE status = 'PENDING'")).isEqualTo(1);
            return new DeliveryResult.Sent(List.of(1L));
        };

        f.runAt("2024-03-26T08:00");

        assertThat(f.count("SELECT count(*) FROM delivery WHERE status = 'SENT'")).isEqualTo(1);
    }

    @Test
    void pendingRowsOfACrashedRunAreSentAtTheNextRun() {
        f.task("47", "2024-03-29", xayDung);
        f.task("48", "2024-03-29", taiChinh);
        ReminderFixture.RecordingChannel crashing = new ReminderFixture.RecordingChannel();
        crashing.answer = m -> {
            if (crashing.messages.size() == 2) {
                throw new OutOfMemoryError("the process dies here");
            }
            return new DeliveryResult.Sent(List.of(1L));
        };

        assertThatThrownBy(() -> f.runAt("2024-03-26T08:00", crashing, false)).isInstanceOf(OutOfMemoryError.class);
        assertThat(f.count("SELECT count(*) FROM delivery WHERE status = 'PENDING'")).isEqualTo(1);
        f.runAt("2024-03-26T08:05");

        assertThat(crashing.messages).extracting(ReminderMessage::contactId).containsExactly(an, binh);
        assertThat(f.channel.messages).extracting(ReminderMessage::contactId).as("only what was not recorded").containsExactly(binh);
        assertThat(f.count("SELECT count(*) FROM delivery WHERE status = 'SENT'")).isEqualTo(2);
    }

    @Test
    void blockedContactIsMarkedAndNotPlannedAgain() {
        f.task("47", "2024-03-29", xayDung);
        f.channel.answer = m -> m.contactId() == an
                ? new DeliveryResult.Blocked("Forbidden: bot was blocked by the user")
                : new DeliveryResult.Sent(List.of(1L));

        ReminderReport report = f.runAt("2024-03-26T08:00");
        f.runDaily("2024-03-27", "2024-04-10");

        assertThat(report.blocked()).isEqualTo(1);
        assertThat(report.blockedContacts()).singleElement().isEqualTo(new ReminderReport.Problem(an, "Nguyễn Văn An",
                "Sở Xây dựng", "Forbidden: bot was blocked by the user"));
        assertThat(f.contacts.all().stream().filter(c -> c.id() == an).findFirst().orElseThrow().status())
                .isEqualTo(ContactStatus.BLOCKED);
        assertThat(f.channel.messages).hasSize(1);
        assertThat(f.count("SELECT count(*) FROM delivery WHERE contact_id = ? AND status = 'BLOCKED'", an)).isEqualTo(1);
        assertThat(f.count("SELECT count(*) FROM delivery")).isEqualTo(1);
    }

    @Test
    void failedDeliveryIsRecordedWithItsReason() {
        f.task("47", "2024-03-29", xayDung);
        f.channel.answer = m -> new DeliveryResult.Failed("Bad Request: chat not found");

        ReminderReport report = f.runAt("2024-03-26T08:00");
        f.runAt("2024-03-26T09:00");

        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.failures()).singleElement().extracting(ReminderReport.Problem::reason)
                .isEqualTo("Bad Request: chat not found");
        assertThat(f.db.jdbc().queryForObject("SELECT status || ' ' || reason FROM delivery", String.class))
                .isEqualTo("FAILED Bad Request: chat not found");
        assertThat(f.channel.messages).as("a failed point is not retried forever").hasSize(1);
    }

    @Test
    void aChannelThatThrowsFailsItsMessageOnlyAndTheOthersAreStillSent() {
        f.task("47", "2024-03-29", xayDung);
        f.task("48", "2024-03-29", taiChinh);
        f.channel.answer = m -> {
            if (m.contactId() == an) {
                throw new IllegalStateException("connection reset");
            }
            return new DeliveryResult.Sent(List.of(9L));
        };

        ReminderReport report = f.runAt("2024-03-26T08:00");

        assertThat(report.sent()).isEqualTo(1);
        assertThat(report.failures()).extracting(ReminderReport.Problem::contactId).containsExactly(an);
    }

    @Test
    void aDryRunShowsTheMessagesAndRecordsNothing() {
        f.task("47", "2024-03-29", xayDung);

        ReminderReport dry = f.runAt("2024-03-26T08:00", f.channel, true);
        ReminderReport real = f.runAt("2024-03-26T08:00");

        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.planned()).isEqualTo(1);
        assertThat(real.planned()).isEqualTo(1);
        assertThat(f.channel.messages).hasSize(2);
        assertThat(f.channel.messages.get(0).reminders().get(0).deliveryId()).isZero();
        assertThat(f.channel.messages.get(1).reminders().get(0).deliveryId()).isPositive();
    }

    @Test
    void aPendingReminderOfAMilestoneDoneMeanwhileIsDroppedNotSent() {
        long task = f.task("47", "2024-03-29", xayDung);
        ReminderFixture.RecordingChannel crashing = new ReminderFixture.RecordingChannel();
        crashing.answer = m -> {
            throw new OutOfMemoryError("the process dies before sending");
        };
        assertThatThrownBy(() -> f.runAt("2024-03-26T08:00", crashing, false)).isInstanceOf(OutOfMemoryError.class);
        f.reports.markDone(task, vn.dondoc.scheduler.task.Actor.program("test"), null);

        f.runAt("2024-03-26T09:00");

        assertThat(f.channel.messages).isEmpty();
        assertThat(f.count("SELECT count(*) FROM delivery")).isZero();
    }

    @Test
    void reimportingAMovedDeadlineAfterRemindersKeepsWorking() {
        f.task("47", "2024-03-29", xayDung);
        f.runAt("2024-03-26T08:00");

        f.task("47", "2024-04-30", xayDung);
        f.runDaily("2024-03-27", "2024-04-22");

        // Mon 29/4/2024 was swapped off (2450/VPCP-KGVX) and Thu 18/4 is Giỗ Tổ: the 7th working day before 30/4 is 17/4.
        assertThat(f.channel.points(f.chatOf(an))).containsExactly("BEFORE 3 2024-03-26", "BEFORE 7 2024-04-17");
    }

    @Test
    void aSecondRunOnTheSameRegisterWhileOneIsSendingIsRefusedAndSendsNothing() {
        f.task("7", "2024-03-27", xayDung);
        f.task("8", "2024-03-29", taiChinh);
        java.util.List<Throwable> second = new java.util.ArrayList<>();
        // While the first run sends its first message, another register handle on the same file
        // (as a `remind` typed by hand next to `dondoc run`) tries a run of its own.
        ReminderChannel sendingSlowly = message -> {
            try (vn.dondoc.scheduler.register.RegisterDatabase other =
                         vn.dondoc.scheduler.testing.TestRegisters.open(dir.resolve("register.db"))) {
                ReminderFixture.run(other, f.clock, ReminderPolicy.defaults()).run(f.clock.instant(), f.channel, false);
            } catch (RuntimeException e) {
                second.add(e);
            }
            return new vn.dondoc.scheduler.delivery.DeliveryResult.Sent(java.util.List.of(1L));
        };

        ReminderReport first = f.runAt("2024-03-26T08:00", sendingSlowly, false);

        assertThat(first.sent()).isEqualTo(2);
        assertThat(second).hasSize(2).allSatisfy(e -> assertThat(e)
                .isInstanceOf(vn.dondoc.scheduler.register.RegisterBusyException.class)
                .extracting(b -> ((vn.dondoc.scheduler.error.DondocException) b).code()).isEqualTo(ReminderError.BUSY));
        assertThat(f.channel.messages).isEmpty();
        assertThat(f.runAt("2024-03-26T09:00").planned()).isZero();
    }

    @Test
    void aReminderThatFailedForAReasonThatMayPassIsTriedAgainByALaterPassAfterAWaitUntilItGoes() {
        f.task("47", "2024-03-29", xayDung);
        f.channel.answer = m -> DeliveryResult.Failed.mayPass("IOException: unexpected end of stream");
        ReminderReport failed = f.runAt("2024-03-26T08:00");
        f.runAt("2024-03-26T08:04");
        int triedBeforeTheWait = f.channel.messages.size();
        f.channel.answer = m -> new DeliveryResult.Sent(List.of(5L));

        ReminderReport later = f.runAt("2024-03-26T08:05");
        f.runAt("2024-03-26T09:00");

        assertThat(failed.nothingDelivered()).isTrue();
        assertThat(triedBeforeTheWait).as("not again before the wait (5 min)").isEqualTo(1);
        assertThat(later.sent()).isEqualTo(1);
        assertThat(f.channel.messages).hasSize(2);
        assertThat(f.db.jdbc().queryForObject("SELECT status || ' ' || attempts || ' ' || tell FROM delivery", String.class))
                .as("sent at the second attempt, and the office is to hear it went late").isEqualTo("SENT 2 1");
    }

    @Test
    void aFailedReminderReplacedByANewerOneOfTheSameMilestoneIsNotSentTheNewerOneIs() {
        f.task("47", "2024-03-29", xayDung);
        f.channel.answer = m -> DeliveryResult.Failed.mayPass("503 Service Unavailable");
        f.runAt("2024-03-26T08:00");
        f.channel.answer = m -> new DeliveryResult.Sent(List.of(5L));

        f.runAt("2024-03-28T08:00");

        assertThat(f.channel.points(f.chatOf(an))).containsExactly("BEFORE 3 2024-03-26", "BEFORE 1 2024-03-28");
        assertThat(f.db.jdbc().queryForList("SELECT status || ' ' || coalesce(retry_at, '-') FROM delivery ORDER BY id", String.class))
                .containsExactly("FAILED -", "SENT -");
    }

    @Test
    void aFailedReminderOfATaskDoneMeanwhileIsNotTriedAgain() {
        long task = f.task("47", "2024-03-29", xayDung);
        f.channel.answer = m -> DeliveryResult.Failed.mayPass("timeout");
        f.runAt("2024-03-26T08:00");
        f.reports.markDone(task, vn.dondoc.scheduler.task.Actor.program("test"), null);
        f.channel.answer = m -> new DeliveryResult.Sent(List.of(5L));

        f.runAt("2024-03-26T09:00");

        assertThat(f.channel.messages).hasSize(1);
        assertThat(f.db.jdbc().queryForObject("SELECT status || ' ' || coalesce(retry_at, '-') FROM delivery", String.class))
                .isEqualTo("FAILED -");
    }

    @Test
    void theOfficesNoticeIsWrittenBeforeItIsSentSoARunKilledBeforeOrWhileTellingLosesNothing() {
        f.task("47", "2024-03-29", xayDung);
        long office = f.office("Văn phòng UBND tỉnh");
        f.channel.answer = m -> m.contactId() == an ? new DeliveryResult.Blocked("Forbidden: bot was blocked by the user")
                : new DeliveryResult.Sent(List.of(1L));
        List<OfficeAlert> told = new java.util.ArrayList<>();
        OfficeAlertChannel dying = alert -> {
            throw new OutOfMemoryError("killed while telling the office");
        };
        OfficeAlertChannel working = alert -> {
            told.add(alert);
            return new DeliveryResult.Sent(List.of(2L));
        };

        // Killed after recording the block, before the office was told.
        ReminderReport first = f.runAt("2024-03-26T08:00");
        // The next pass composes the notice, and is killed while sending it.
        ReminderReport second = f.runAt("2024-03-26T09:00");
        assertThatThrownBy(() -> alerts(dying).tell(f.clock.instant(), second)).isInstanceOf(OutOfMemoryError.class);
        ReminderReport third = f.runAt("2024-03-26T10:00");
        alerts(working).tell(f.clock.instant(), third);
        alerts(working).tell(f.clock.instant(), f.runAt("2024-03-26T11:00"));

        assertThat(first.blocked()).isEqualTo(1);
        assertThat(told).singleElement().satisfies(a -> {
            assertThat(a.contactId()).isEqualTo(office);
            assertThat(a.notice().blocked()).extracting(ReminderReport.Problem::contactId).containsExactly(an);
        });
        assertThat(f.count("SELECT count(*) FROM office_notice WHERE status = 'SENT'")).isEqualTo(1);
    }

    @Test
    void aSecondRunThroughALinkToTheRegisterIsRefusedLikeOneThroughTheSamePath() throws Exception {
        f.task("7", "2024-03-27", xayDung);
        f.task("8", "2024-03-29", taiChinh);
        java.nio.file.Files.createDirectories(dir.resolve("elsewhere"));
        Path link = java.nio.file.Files.createSymbolicLink(dir.resolve("elsewhere/so-dang-ky.db"), dir.resolve("register.db"));
        List<Throwable> second = new java.util.ArrayList<>();
        List<ReminderReport> sentBySecond = new java.util.ArrayList<>();
        ReminderChannel sendingSlowly = message -> {
            try (vn.dondoc.scheduler.register.RegisterDatabase other = vn.dondoc.scheduler.testing.TestRegisters.open(link)) {
                sentBySecond.add(ReminderFixture.run(other, f.clock, ReminderPolicy.defaults()).run(f.clock.instant(), f.channel, false));
            } catch (RuntimeException e) {
                second.add(e);
            }
            return new DeliveryResult.Sent(List.of(1L));
        };

        ReminderReport first = f.runAt("2024-03-26T08:00", sendingSlowly, false);

        assertThat(first.sent()).isEqualTo(2);
        assertThat(sentBySecond).isEmpty();
        assertThat(second).hasSize(2).allSatisfy(e -> assertThat(e)
                .isInstanceOf(vn.dondoc.scheduler.register.RegisterBusyException.class));
        assertThat(f.channel.messages).as("nothing twice").isEmpty();
    }

    private OfficeAlerts alerts(OfficeAlertChannel channel) {
        return new OfficeAlerts(f.db, f.clock, new vn.dondoc.scheduler.contact.Recipients(f.db), channel,
                new vn.dondoc.scheduler.delivery.DeliveryOutcomes(new vn.dondoc.scheduler.contact.ContactRegister(f.db, f.clock,
                        java.time.Duration.ZERO)), vn.dondoc.scheduler.delivery.RedeliverySettings.defaults());
    }
}
