package vn.vtlt.warehouse.portal.operator;

import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The portal's accounts and API tokens as an operator lists them (no password, no token: only their state). */
@Component
public class AccountList {

    /** An account and whether it may sign in. */
    public record Account(String login, String role, String agencyCode, boolean withChildren, boolean enabled,
                          boolean passwordSet, Instant lockedUntil, Instant createdAt) {
    }

    /** A token by its agency and name. */
    public record Token(String agencyCode, String name, boolean withChildren, Instant createdAt, Instant revokedAt) {
    }

    private final JdbcClient jdbc;

    public AccountList(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public List<Account> accounts() {
        return jdbc.sql("select login, role, agency_code, with_children, enabled, password_hash is not null, locked_until, "
                        + "created_at from portal_account order by role, login")
                .query((row, n) -> new Account(row.getString(1), row.getString(2), row.getString(3), row.getBoolean(4),
                        row.getBoolean(5), row.getBoolean(6),
                        row.getTimestamp(7) == null ? null : row.getTimestamp(7).toInstant(), row.getTimestamp(8).toInstant()))
                .list();
    }

    public List<Token> tokens() {
        return jdbc.sql("select agency_code, name, with_children, created_at, revoked_at from portal_token "
                        + "order by revoked_at is not null, agency_code, name")
                .query((row, n) -> new Token(row.getString(1), row.getString(2), row.getBoolean(3),
                        row.getTimestamp(4).toInstant(), row.getTimestamp(5) == null ? null : row.getTimestamp(5).toInstant()))
                .list();
    }
}
