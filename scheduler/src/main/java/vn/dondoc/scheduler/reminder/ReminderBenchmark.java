package vn.dondoc.scheduler.reminder;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.datasource.DataSourceUtils;
import vn.dondoc.scheduler.calendar.OfficeDays;
import vn.dondoc.scheduler.contact.ContactRegister;
import vn.dondoc.scheduler.contact.Recipients;
import vn.dondoc.scheduler.delivery.DeliveryOutcomes;
import vn.dondoc.scheduler.delivery.DeliveryResult;
import vn.dondoc.scheduler.register.OfficeZone;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.task.TaskRegister;

/**
 * Not a test: times reminder planning on a large made-up register (by default 100,000 tasks and
 * 10,000 contacts) next to a bare SQLite read of the rows planning needs, and prints both. Run on
 * purpose: {@code java -jar bot/target/dondoc.jar remind-benchmark}, or this class's {@code main}.
 */
public final class ReminderBenchmark {

    private static final Instant NOW = Instant.parse("2024-06-14T01:00:00Z"); // Friday 08:00 in Vietnam
    private static final int CONTACTS_PER_AGENCY = 5;                        // 4 staff and 1 head

    private ReminderBenchmark() {
    }

    /** Arguments: [folder for the register] [tasks] [contacts]. */
    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("dondoc-benchmark");
        int tasks = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int contacts = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        run(dir, tasks, contacts, System.out);
    }

    public static void run(Path dir, int tasks, int contacts, PrintStream out) throws SQLException, java.io.IOException {
        Path file = dir.resolve("benchmark-" + System.nanoTime() + ".db");
        try (RegisterDatabase db = RegisterDatabase.open(file)) {
            long t0 = System.nanoTime();
            fill(db, tasks, contacts);
            out.printf("register: %,d tasks, %,d contacts, %,d agencies, filled in %d ms (%s)%n",
                    tasks, contacts, agencies(contacts), millis(t0), file);

            // Wired by hand: the benchmark is its own small application.
            Clock clock = Clock.fixed(NOW, OfficeZone.ID);
            ReminderPlanner planner = new ReminderPlanner(db, new TaskRegister(db, new OfficeDays(db)), new OfficeDays(db), new Recipients(db),
                    ReminderPolicy.defaults());
            planner.plan(NOW); // warm-up: class loading, JIT, SQLite page cache
            long t1 = System.nanoTime();
            int planned = planner.plan(NOW).planned().size();
            out.printf("planning pass:   %6d ms, %,d reminders planned as of %s%n", millis(t1), planned, NOW);

            long t2 = System.nanoTime();
            long rows = bareRead(db);
            out.printf("bare SQLite read: %5d ms, %,d rows (milestones × lead agencies × contacts)%n", millis(t2), rows);

            ReminderChannel nowhere = message -> new DeliveryResult.Sent(List.of());
            ReminderRun run = new ReminderRun(db, clock, planner,
                    new DeliveryOutcomes(new ContactRegister(db, clock, java.time.Duration.ZERO)),
                    vn.dondoc.scheduler.delivery.RedeliverySettings.defaults());
            long t3 = System.nanoTime();
            ReminderReport first = run.run(NOW, nowhere, false);
            out.printf("full run:        %6d ms, %,d planned, %,d messages recorded%n", millis(t3), first.planned(), first.messages());
            long t4 = System.nanoTime();
            ReminderReport second = run.run(NOW, nowhere, false);
            out.printf("second run:      %6d ms, %,d planned (nothing twice)%n", millis(t4), second.planned());
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(Path.of(file + "-wal"));
            Files.deleteIfExists(Path.of(file + "-shm"));
            Files.deleteIfExists(Path.of(file + ".reminders.lock"));
        }
    }

    /**
     * A register at {@code file} for timing delivery: {@code contacts} agencies, each with one staff contact
     * (chat {@code firstChat + i}, i from 1) and one task due on the day of {@link #now()}, so a pass at that
     * instant sends each contact exactly one reminder. Close it to delete the file.
     */
    public static DeliveryRegister deliveryRegister(Path file, int contacts, long firstChat) {
        RegisterDatabase db = RegisterDatabase.open(file);
        fillForDelivery(db, contacts, firstChat);
        return new DeliveryRegister(db);
    }

    /** Friday 14/06/2024 08:00 in Vietnam: when {@link #fillForDelivery}'s tasks are due. */
    public static Instant now() {
        return NOW;
    }

    /** See {@link #deliveryRegister}; for tests that wire the pass themselves. */
    public static void fillForDelivery(RegisterDatabase db, int contacts, long firstChat) {
        String at = "2024-06-01T01:00:00Z";
        db.inTransaction(() -> {
            Connection c = DataSourceUtils.getConnection(db.dataSource());
            try {
                documentAndAgencies(c, "9/KH-UBND", "2024-06-01", contacts, at);
                batch(c, "INSERT INTO task (id, source_id, item, title, deadline_text, deadline_kind, created_at, updated_at)"
                        + " VALUES (?, 1, ?, ?, '14/6/2024', 'FIXED', ?, ?)", contacts, (ps, i) -> {
                    ps.setLong(1, i + 1);
                    ps.setString(2, Integer.toString(i + 1));
                    ps.setString(3, "Báo cáo kết quả thực hiện số " + (i + 1));
                    ps.setString(4, at);
                    ps.setString(5, at);
                });
                batch(c, "INSERT INTO milestone (id, task_id, seq, due_on) VALUES (?, ?, 1, '2024-06-14')", contacts, (ps, i) -> {
                    ps.setLong(1, i + 1);
                    ps.setLong(2, i + 1);
                });
                batch(c, "INSERT INTO task_agency (task_id, agency_id, role, position) VALUES (?, ?, 'LEAD', 0)", contacts, (ps, i) -> {
                    ps.setLong(1, i + 1);
                    ps.setLong(2, i + 1);
                });
                batch(c, "INSERT INTO contact (id, name, role, agency_id, chat_id, status, created_at)"
                        + " VALUES (?, ?, 'STAFF', ?, ?, 'ACTIVE', ?)", contacts, (ps, i) -> {
                    ps.setLong(1, i + 1);
                    ps.setString(2, "Cán bộ " + (i + 1));
                    ps.setLong(3, i + 1);
                    ps.setLong(4, firstChat + i + 1);
                    ps.setString(5, at);
                });
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** A register made by {@link #deliveryRegister}, with the reminder pass wired by hand as the application wires it. */
    public static final class DeliveryRegister implements AutoCloseable {

        private final RegisterDatabase db;
        private final ReminderRun run;

        private DeliveryRegister(RegisterDatabase db) {
            this.db = db;
            Clock clock = Clock.fixed(NOW, OfficeZone.ID);
            ReminderPlanner planner = new ReminderPlanner(db, new TaskRegister(db, new OfficeDays(db)), new OfficeDays(db),
                    new Recipients(db), ReminderPolicy.defaults());
            this.run = new ReminderRun(db, clock, planner, new DeliveryOutcomes(new ContactRegister(db, clock, java.time.Duration.ZERO)),
                    vn.dondoc.scheduler.delivery.RedeliverySettings.defaults());
        }

        /** One reminder pass at {@link #now()} through {@code channel}, recorded in the register. */
        public ReminderReport remind(ReminderChannel channel) {
            return run.run(NOW, channel, false);
        }

        /** How many delivery rows are in each status ("SENT" → 500). */
        public java.util.Map<String, Integer> statuses() {
            java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
            db.jdbc().query("SELECT status, count(*) FROM delivery GROUP BY status", rs -> {
                counts.put(rs.getString(1), rs.getInt(2));
            });
            return counts;
        }

        @Override
        public void close() throws java.io.IOException {
            db.close();
            Path file = db.file();
            for (String suffix : new String[] {"", "-wal", "-shm", ".reminders.lock"}) {
                Files.deleteIfExists(Path.of(file + suffix));
            }
        }
    }

    private static int agencies(int contacts) {
        return Math.max(1, contacts / CONTACTS_PER_AGENCY);
    }

    /** Source document 1 ({@code number}, issued on {@code issued}) and agencies 1…{@code agencies}. */
    private static void documentAndAgencies(Connection c, String number, String issued, int agencies, String at)
            throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO source_document (id, number, number_key, issued_on, plan_year, imported_at)"
                    + " VALUES (1, '" + number + "', '" + number.toLowerCase(java.util.Locale.ROOT) + "', '" + issued
                    + "', 2024, '" + at + "')");
        }
        batch(c, "INSERT INTO agency (id, name, name_key, created_at) VALUES (?, ?, ?, ?)", agencies, (ps, i) -> {
            ps.setLong(1, i + 1);
            ps.setString(2, "Cơ quan " + (i + 1));
            ps.setString(3, "co quan " + (i + 1));
            ps.setString(4, at);
        });
    }

    /** Due dates spread over 2024; each task led by one agency, one in ten with a second lead. */
    private static void fill(RegisterDatabase db, int tasks, int contacts) {
        int agencies = agencies(contacts);
        String now = NOW.toString();
        db.inTransaction(() -> {
            // The transaction's own connection: the pool has only one.
            Connection c = DataSourceUtils.getConnection(db.dataSource());
            try {
                documentAndAgencies(c, "1/KH-UBND", "2024-01-05", agencies, now);
                batch(c, "INSERT INTO task (id, source_id, item, title, deadline_text, deadline_kind, created_at, updated_at)"
                        + " VALUES (?, 1, ?, ?, ?, ?, ?, ?)", tasks, (ps, i) -> {
                    ps.setLong(1, i + 1);
                    ps.setString(2, Integer.toString(i + 1));
                    ps.setString(3, "Nhiệm vụ số " + (i + 1));
                    ps.setString(4, i % 50 == 0 ? "Thường xuyên" : "Theo kế hoạch");
                    ps.setString(5, i % 50 == 0 ? "NONE" : "FIXED");
                    ps.setString(6, now);
                    ps.setString(7, now);
                });
                batch(c, "INSERT INTO milestone (id, task_id, seq, due_on) VALUES (?, ?, 1, ?)", tasks, (ps, i) -> {
                    ps.setLong(1, i + 1);
                    ps.setLong(2, i + 1);
                    ps.setString(3, i % 50 == 0 ? null : LocalDate.of(2024, 1, 20).plusDays(i % 340).toString());
                });
                batch(c, "INSERT INTO task_agency (task_id, agency_id, role, position) VALUES (?, ?, 'LEAD', 0)", tasks, (ps, i) -> {
                    ps.setLong(1, i + 1);
                    ps.setLong(2, i % agencies + 1);
                });
                batch(c, "INSERT INTO task_agency (task_id, agency_id, role, position) VALUES (?, ?, 'LEAD', 1)", tasks / 10, (ps, i) -> {
                    ps.setLong(1, i * 10L + 1);
                    ps.setLong(2, (i * 10 + 7) % agencies + 1);
                });
                batch(c, "INSERT INTO contact (id, name, role, agency_id, chat_id, status, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, 'ACTIVE', ?)", contacts, (ps, i) -> {
                    boolean office = i >= agencies * CONTACTS_PER_AGENCY;
                    ps.setLong(1, i + 1);
                    ps.setString(2, "Cán bộ " + (i + 1));
                    ps.setString(3, office ? "OFFICE" : i % CONTACTS_PER_AGENCY == 0 ? "HEAD" : "STAFF");
                    if (office) {
                        ps.setNull(4, java.sql.Types.INTEGER);
                    } else {
                        ps.setLong(4, i / CONTACTS_PER_AGENCY + 1);
                    }
                    ps.setLong(5, 100_000_000L + i);
                    ps.setString(6, now);
                });
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** What a naive planner would read: every milestone with every contact of its lead agencies. */
    private static long bareRead(RegisterDatabase db) throws SQLException {
        long rows = 0;
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT m.id, m.task_id, m.due_on, m.done_on, ta.agency_id, ct.id, ct.role, ct.chat_id"
                     + " FROM milestone m JOIN task_agency ta ON ta.task_id = m.task_id AND ta.role = 'LEAD'"
                     + " JOIN contact ct ON ct.agency_id = ta.agency_id AND ct.status = 'ACTIVE'")) {
            while (rs.next()) {
                rs.getLong(1);
                rs.getString(3);
                rows++;
            }
        }
        return rows;
    }

    private interface Binder {
        void bind(PreparedStatement ps, int i) throws SQLException;
    }

    private static void batch(Connection c, String sql, int n, Binder binder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < n; i++) {
                binder.bind(ps, i);
                ps.addBatch();
                if (i % 5000 == 4999) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
