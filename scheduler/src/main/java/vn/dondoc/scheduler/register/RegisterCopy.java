package vn.dondoc.scheduler.register;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import vn.dondoc.scheduler.error.DondocException;

/**
 * Moves a SQLite register to an empty PostgreSQL database with nothing lost ({@code dondoc copy-register}): the
 * target is migrated to the same schema, every table is copied row by row with its ids (parents before children),
 * the identity counters are moved past the copied ids, all in one transaction; then every table is counted on both
 * sides and the history, the deliveries and the invites are compared row by row (a fingerprint of each). The tables
 * are the SQLite source's: Quartz's (qrtz_…, only on PostgreSQL, where clustered runs keep their jobs and triggers) are
 * neither copied, compared nor a reason to refuse the target, and are left as they are (every run writes them anew).
 */
@Service
public class RegisterCopy {

    /** The tables whose every value is compared, not only counted: what must never be lost. */
    static final List<String> COMPARED = List.of("history", "delivery", "invite");

    private static final int BATCH = 1000;

    private final RegisterDatabase source;

    public RegisterCopy(RegisterDatabase source) {
        this.source = source;
    }

    /** A table copied: its rows in the source and in the target, and whether their contents were compared equal. */
    public record Table(String name, long sourceRows, long targetRows, Boolean sameContent) {

        public boolean same() {
            return sourceRows == targetRows && !Boolean.FALSE.equals(sameContent);
        }
    }

    /** Rows copied so far of one table (for a progress line on long work). */
    public record Progress(String table, long copied, long of) {
    }

    /** What was copied, table by table, in the order copied. */
    public record Report(Object from, Object to, List<Table> tables) {

        public boolean same() {
            return tables.stream().allMatch(Table::same);
        }
    }

    /**
     * Copies the register DONDOC_DB names (a SQLite file) into {@code to}. A target that holds any row is refused
     * unless {@code replace}, which empties it first (its public schema dropped and made again).
     */
    public Report copy(RegisterDatabase.PostgresServer to, boolean replace, Consumer<Progress> progress) {
        if (source.postgres()) {
            throw new DondocException(RegisterError.COPY_SOURCE, source.where());
        }
        if (!source.exists()) {
            throw new DondocException(RegisterError.COPY_NO_SOURCE, source.where());
        }
        JdbcTemplate from = source.jdbc();
        List<String> tables = inCopyOrder(from);
        if (replace) {
            emptied(to);
        }
        try (RegisterDatabase target = RegisterDatabase.open(to)) {
            JdbcTemplate into = target.jdbc();
            for (String table : tables) {
                long rows = count(into, table);
                if (rows > 0) {
                    throw new DondocException(RegisterError.COPY_NOT_EMPTY, to, table, rows);
                }
            }
            target.inTransaction(() -> {
                for (String table : tables) {
                    copyTable(from, into, table, progress);
                }
                for (String table : tables) {
                    if (columns(into, table).containsKey("id") && isIdentity(into, table)) {
                        into.queryForObject("SELECT setval(pg_get_serial_sequence(?, 'id'), coalesce(max(id), 0) + 1, false)"
                                + " FROM " + table, Long.class, table);
                    }
                }
            });
            List<Table> report = new ArrayList<>();
            for (String table : tables) {
                Boolean same = COMPARED.contains(table)
                        ? fingerprint(from, table, columns(into, table).keySet()).equals(fingerprint(into, table, columns(into, table).keySet()))
                        : null;
                report.add(new Table(table, count(from, table), count(into, table), same));
            }
            return new Report(source.where(), to, report);
        }
    }

    /** The source's tables (not Flyway's history, which the target has its own of), parents before children. */
    private static List<String> inCopyOrder(JdbcTemplate from) {
        List<String> names = from.queryForList("SELECT name FROM sqlite_master WHERE type = 'table'"
                + " AND name NOT LIKE 'sqlite_%' AND name <> 'flyway_schema_history' ORDER BY name", String.class);
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        for (String name : names) {
            Set<String> of = new LinkedHashSet<>(from.queryForList(
                    "SELECT \"table\" FROM pragma_foreign_key_list(?)", String.class, name));
            of.remove(name);
            parents.put(name, of);
        }
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < names.size()) {
            boolean progressed = false;
            for (String name : names) {
                if (!ordered.contains(name) && ordered.containsAll(parents.get(name).stream().filter(names::contains).toList())) {
                    ordered.add(name);
                    progressed = true;
                }
            }
            if (!progressed) {
                throw new IllegalStateException("foreign keys in a cycle among " + names);
            }
        }
        return ordered;
    }

    private static void copyTable(JdbcTemplate from, JdbcTemplate into, String table, Consumer<Progress> progress) {
        Map<String, String> target = columns(into, table);
        List<String> names = from.queryForList("SELECT name FROM pragma_table_info(?) ORDER BY cid", String.class, table)
                .stream().filter(target::containsKey).toList();
        long of = count(from, table);
        String insert = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", names.stream().map(n -> "?").toList()) + ")";
        List<Object[]> batch = new ArrayList<>(BATCH);
        long[] copied = {0};
        from.query("SELECT " + String.join(", ", names) + " FROM " + table + orderBy(from, table), rs -> {
            Object[] row = new Object[names.size()];
            for (int i = 0; i < names.size(); i++) {
                row[i] = value(rs, i + 1, target.get(names.get(i)));
            }
            batch.add(row);
            if (batch.size() == BATCH) {
                into.batchUpdate(insert, batch);
                copied[0] += batch.size();
                batch.clear();
                progress.accept(new Progress(table, copied[0], of));
            }
        });
        if (!batch.isEmpty() || copied[0] == 0) {
            if (!batch.isEmpty()) {
                into.batchUpdate(insert, batch);
            }
            copied[0] += batch.size();
            progress.accept(new Progress(table, copied[0], of));
        }
    }

    /** A value as the target's column takes it: SQLite keeps what it is given, PostgreSQL wants its own type. */
    private static Object value(ResultSet rs, int column, String type) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return null;
        }
        return switch (type) {
            case "bigint", "integer", "smallint" -> value instanceof Number n ? n.longValue() : Long.parseLong(value.toString().strip());
            case "text", "character varying" -> value.toString();
            default -> value;
        };
    }

    private static String orderBy(JdbcTemplate from, String table) {
        List<String> keys = from.queryForList("SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk", String.class, table);
        return keys.isEmpty() ? "" : " ORDER BY " + String.join(", ", keys);
    }

    /** The target table's columns and their types, as PostgreSQL names them. */
    private static Map<String, String> columns(JdbcTemplate into, String table) {
        Map<String, String> columns = new LinkedHashMap<>();
        into.query("SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema()"
                + " AND table_name = ? ORDER BY ordinal_position", rs -> {
                    columns.put(rs.getString(1), rs.getString(2));
                }, table);
        return columns;
    }

    private static boolean isIdentity(JdbcTemplate into, String table) {
        return Boolean.TRUE.equals(into.queryForObject("SELECT count(*) > 0 FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND table_name = ? AND column_name = 'id' AND is_identity = 'YES'",
                Boolean.class, table));
    }

    private static long count(JdbcTemplate jdbc, String table) {
        Long rows = jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
        return rows == null ? 0 : rows;
    }

    /** SHA-256 of every row, values as text, in the order of the table's columns sorted by name and of its key. */
    private static String fingerprint(JdbcTemplate jdbc, String table, Set<String> columns) {
        List<String> sorted = columns.stream().sorted().toList();
        String key = columns.contains("id") ? "id" : String.join(", ", sorted);
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        jdbc.query("SELECT " + String.join(", ", sorted) + " FROM " + table + " ORDER BY " + key, rs -> {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= sorted.size(); i++) {
                Object value = rs.getObject(i);
                row.append(value == null ? "\u0000" : value instanceof Number n ? Long.toString(n.longValue()) : value.toString())
                        .append('\u001f');
            }
            digest.update(row.append('\n').toString().getBytes(StandardCharsets.UTF_8));
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The target made empty: its public schema dropped with everything in it, and made again. */
    private static void emptied(RegisterDatabase.PostgresServer to) {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(to.url(), to.credentials());
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new RegisterUnavailableException(RegisterError.OPEN, e, to, e.getMessage());
        }
    }
}
