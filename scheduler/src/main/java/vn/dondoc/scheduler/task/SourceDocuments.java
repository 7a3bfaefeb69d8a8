package vn.dondoc.scheduler.task;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import vn.dondoc.scheduler.register.RegisterDatabase;
import vn.dondoc.scheduler.text.VietnameseText;

/** The assigning documents. A number is the same document however it is typed ("152/QD-UBND"). */
@Component
public final class SourceDocuments {

    private static final RowMapper<SourceDocument> ROW = (rs, n) -> new SourceDocument(rs.getLong("id"),
            rs.getString("number"), LocalDate.parse(rs.getString("issued_on")), rs.getInt("plan_year"),
            rs.getString("title"), rs.getString("file_name"));

    private final RegisterDatabase db;
    private final Clock clock;

    public SourceDocuments(RegisterDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public static String key(String number) {
        return VietnameseText.fold(number).replace(" ", "");
    }

    public Optional<SourceDocument> find(String number) {
        return jdbc().query("SELECT * FROM source_document WHERE number_key = ?", ROW, key(number)).stream().findFirst();
    }

    public List<SourceDocument> all() {
        return jdbc().query("SELECT * FROM source_document ORDER BY id", ROW);
    }

    /** Creates the document, or updates its dates, title and file if it is already known. */
    public SourceDocument save(String number, LocalDate issuedOn, int planYear, String title, String fileName) {
        String now = Instant.now(clock).toString();
        Optional<SourceDocument> known = find(number);
        if (known.isPresent()) {
            jdbc().update("UPDATE source_document SET issued_on = ?, plan_year = ?, title = coalesce(?, title),"
                            + " file_name = ?, imported_at = ? WHERE id = ?",
                    issuedOn.toString(), planYear, title, fileName, now, known.get().id());
        } else {
            jdbc().update("INSERT INTO source_document (number, number_key, issued_on, plan_year, title, file_name, imported_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    VietnameseText.clean(number), key(number), issuedOn.toString(), planYear, title, fileName, now);
        }
        return find(number).orElseThrow();
    }

    /** The register is opened on first use, not when this is built. */
    private JdbcTemplate jdbc() {
        return db.jdbc();
    }
}
