package vn.dondoc.scheduler.reminder;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import vn.dondoc.scheduler.agency.AgencyRegister;
import vn.dondoc.scheduler.calendar.OfficeDays;
import vn.dondoc.scheduler.contact.ContactRegister;
import vn.dondoc.scheduler.contact.ContactRole;
import vn.dondoc.scheduler.contact.NewContact;
import vn.dondoc.scheduler.contact.Recipients;
import vn.dondoc.scheduler.deadline.Deadline;
import vn.dondoc.scheduler.deadline.DeadlineKind;
import vn.dondoc.scheduler.delivery.DeliveryOutcomes;
import vn.dondoc.scheduler.delivery.DeliveryResult;
import vn.dondoc.scheduler.register.OfficeZone;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.task.Actor;
import vn.dondoc.scheduler.task.SourceDocument;
import vn.dondoc.scheduler.task.SourceDocuments;
import vn.dondoc.scheduler.task.TaskDraft;
import vn.dondoc.scheduler.task.TaskHistory;
import vn.dondoc.scheduler.task.TaskRegister;
import vn.dondoc.scheduler.task.TaskReports;
import vn.dondoc.scheduler.task.TaskSaver;

/** A small register built by hand, a settable clock, and a channel that records what it was given. */
final class ReminderFixture implements AutoCloseable {

    static final LocalDate ISSUED = LocalDate.of(2024, 1, 18);
    static final Actor IMPORT = Actor.program("import");

    final RegisterDatabase db;
    final SettableClock clock = new SettableClock(ISSUED.atTime(9, 0));
    final TaskRegister tasks;
    final TaskHistory history;
    final TaskReports reports;
    final ContactRegister contacts;
    final SourceDocument source;
    final RecordingChannel channel = new RecordingChannel();
    ReminderPolicy policy = ReminderPolicy.defaults();
    private long nextChat = 1000;

    ReminderFixture(Path dir) {
        db = vn.dondoc.scheduler.testing.TestRegisters.open(dir.resolve("register.db"));
        tasks = new TaskRegister(db, new OfficeDays(db));
        history = new TaskHistory(db, clock);
        reports = new TaskReports(db, clock, tasks, history);
        contacts = new ContactRegister(db, clock, java.time.Duration.ofDays(7));
        source = new SourceDocuments(db, clock).save("152/QĐ-UBND", ISSUED, 2024, null, "phu-luc.tsv");
    }

    long agency(String name) {
        return new AgencyRegister(db, clock).create(name).id();
    }

    long task(String item, String due, long... lead) {
        return save(item, "Tháng " + LocalDate.parse(due).getMonthValue(),
                new Deadline(DeadlineKind.FIXED, List.of(LocalDate.parse(due)), null), lead, new long[0]);
    }

    long save(String item, String phrase, Deadline deadline, long[] lead, long[] cooperating) {
        TaskDraft draft = new TaskDraft(item, "I", "Nhóm I", "Nhiệm vụ " + item, phrase, deadline,
                Arrays.stream(lead).boxed().toList(), Arrays.stream(cooperating).boxed().toList(), null, 1);
        return new TaskSaver(db, clock, history).save(source, draft, IMPORT).taskId();
    }

    long staff(String name, long agency) {
        return contact(name, ContactRole.STAFF, agency, nextChat++);
    }

    long head(String name, long agency) {
        return contact(name, ContactRole.HEAD, agency, nextChat++);
    }

    long office(String name) {
        return contact(name, ContactRole.OFFICE, null, nextChat++);
    }

    long leader(String name, long... inCharge) {
        return contacts.add(new NewContact(name, ContactRole.LEADER, null, Arrays.stream(inCharge).boxed().toList(),
                nextChat++)).id();
    }

    long contact(String name, ContactRole role, Long agency, Long chat) {
        return contacts.add(new NewContact(name, role, agency, List.of(), chat)).id();
    }

    long chatOf(long contact) {
        return contacts.all().stream().filter(c -> c.id() == contact).findFirst().orElseThrow().chatId();
    }

    /** Runs at this local time in the office zone. */
    ReminderReport runAt(String localDateTime) {
        return runAt(localDateTime, channel, false);
    }

    ReminderReport runAt(String localDateTime, ReminderChannel channel, boolean dryRun) {
        Instant now = LocalDateTime.parse(localDateTime).atZone(OfficeZone.ID).toInstant();
        clock.set(now);
        return run(db, clock, policy).run(now, channel, dryRun);
    }

    /** Runs every day at 08:00 from {@code first} to {@code last}, inclusive. */
    void runDaily(String first, String last) {
        for (LocalDate d = LocalDate.parse(first); !d.isAfter(LocalDate.parse(last)); d = d.plusDays(1)) {
            runAt(d + "T08:00");
        }
    }

    String status(long deliveryId) {
        return db.jdbc().queryForObject("SELECT status FROM delivery WHERE id = ?", String.class, deliveryId);
    }

    int count(String sql, Object... args) {
        return db.jdbc().queryForObject(sql, Integer.class, args);
    }

    @Override
    public void close() {
        db.close();
    }

    /** Remembers every message and answers with {@code answer} (sent, with one message id per message, by default). */
    /** The run as the application wires it, by hand. */
    static ReminderRun run(RegisterDatabase db, java.time.Clock clock, ReminderPolicy policy) {
        return new ReminderRun(db, clock, new ReminderPlanner(db, new TaskRegister(db, new OfficeDays(db)), new OfficeDays(db),
                new Recipients(db), policy), new DeliveryOutcomes(new ContactRegister(db, clock, java.time.Duration.ZERO)),
                vn.dondoc.scheduler.delivery.RedeliverySettings.defaults());
    }

    static final class RecordingChannel implements ReminderChannel {
        final List<ReminderMessage> messages = new ArrayList<>();
        Function<ReminderMessage, DeliveryResult> answer = m -> new DeliveryResult.Sent(List.of(7000L + m.chatId()));

        @Override
        public DeliveryResult deliver(ReminderMessage message) {
            messages.add(message);
            return answer.apply(message);
        }

        List<Reminder> to(long chatId) {
            return messages.stream().filter(m -> m.chatId() == chatId).flatMap(m -> m.reminders().stream()).toList();
        }

        /** "KIND n yyyy-mm-dd" of every reminder to the chat, in the order they came. */
        List<String> points(long chatId) {
            return to(chatId).stream().map(r -> r.kind() + " " + r.pointDays() + " " + r.pointOn()).toList();
        }
    }

    static final class SettableClock extends Clock {
        private Instant now;

        SettableClock(LocalDateTime local) {
            now = local.atZone(OfficeZone.ID).toInstant();
        }

        void set(Instant instant) {
            now = instant;
        }

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
    }
}
