package vn.dondoc.scheduler.register;

import org.springframework.stereotype.Component;

/** What the register holds, in three numbers: said when {@code run} starts, so the office sees which register it opened. */
@Component
public final class RegisterSummary {

    private final RegisterDatabase db;

    public RegisterSummary(RegisterDatabase db) {
        this.db = db;
    }

    public Counts counts() {
        var jdbc = db.jdbc();
        return new Counts(count(jdbc, "task"), count(jdbc, "agency"), count(jdbc, "contact"));
    }

    private static long count(org.springframework.jdbc.core.JdbcTemplate jdbc, String table) {
        Long n = jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
        return n == null ? 0 : n;
    }

    public record Counts(long tasks, long agencies, long contacts) {
    }
}
