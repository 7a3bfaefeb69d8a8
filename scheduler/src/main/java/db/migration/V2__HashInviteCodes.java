package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.dondoc.scheduler.contact.InviteCodes;

/**
 * Invite codes are kept only as a SHA-256 hash: whoever reads the register file cannot link a chat
 * with a code still waiting to be used. Codes stored in clear by V1 are hashed here (SQLite has no
 * SHA-256 of its own, hence a Java migration). On PostgreSQL the ids and chats are BIGINT, as in its V1.
 */
public class V2__HashInviteCodes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        Map<String, Object[]> rows = new LinkedHashMap<>();
        try (Statement select = connection.createStatement();
             ResultSet rs = select.executeQuery("SELECT code, contact_id, expires_at, used_at FROM invite")) {
            while (rs.next()) {
                rows.put(rs.getString(1), new Object[] {rs.getLong(2), rs.getString(3), rs.getString(4)});
            }
        }
        String integer = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
                .contains("postgres") ? "BIGINT" : "INTEGER";
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("DROP TABLE invite");
            ddl.execute("CREATE TABLE invite ("
                    + " code_hash  TEXT PRIMARY KEY,"
                    + " contact_id " + integer + " NOT NULL REFERENCES contact (id),"
                    + " expires_at TEXT    NOT NULL,"
                    + " used_at    TEXT,"
                    + " used_chat  " + integer + ")");
            ddl.execute("CREATE INDEX invite_contact ON invite (contact_id)");
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO invite (code_hash, contact_id, expires_at, used_at) VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<String, Object[]> row : rows.entrySet()) {
                insert.setString(1, InviteCodes.hash(row.getKey()));
                insert.setLong(2, (Long) row.getValue()[0]);
                insert.setString(3, (String) row.getValue()[1]);
                insert.setString(4, (String) row.getValue()[2]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
