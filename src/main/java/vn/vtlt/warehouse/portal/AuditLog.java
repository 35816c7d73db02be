package vn.vtlt.warehouse.portal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The portal's audit log: sign-ins, uploads, account and token changes ({@code portal_audit}). */
public class AuditLog {

    /** One entry, oldest first when listed. */
    public record Entry(Instant at, String actor, String action, String detail) {
    }

    private final JdbcClient jdbc;

    public AuditLog(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public void record(String actor, String action, String detail) {
        jdbc.sql("insert into portal_audit (at, actor, action, detail) values (?, ?, ?, ?)")
                .params(Timestamp.from(Instant.now()), actor, action, detail)
                .update();
    }

    public List<Entry> entries() {
        return jdbc.sql("select at, actor, action, detail from portal_audit order by audit_id")
                .query((row, n) -> new Entry(row.getTimestamp(1).toInstant(), row.getString(2), row.getString(3),
                        row.getString(4)))
                .list();
    }
}
