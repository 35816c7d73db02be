package vn.vtlt.warehouse.portal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * API tokens of agencies' systems ({@code portal_token}): printed once when created, kept only as a SHA-256, so a
 * copy of the database gives no token away.
 */
public class Tokens {

    /** Every token starts so, for secret scanners and for people reading a configuration file. */
    static final String PREFIX = "vtlt_";

    private final JdbcClient jdbc;

    public Tokens(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Creates a token; returns it (the only time it is seen). */
    public String create(String agencyCode, String name, boolean withChildren) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new Accounts.Refused("a token needs a --name of 1 to 100 characters");
        }
        if (jdbc.sql("select count(*) from portal_token where agency_code = ? and name = ? and revoked_at is null")
                .params(agencyCode, name).query(Long.class).single() > 0) {
            throw new Accounts.Refused("agency " + agencyCode + " already has a token named " + name);
        }
        String token = PREFIX + Secrets.newSecret();
        jdbc.sql("insert into portal_token (agency_code, name, with_children, token_hash, created_at) values (?, ?, ?, ?, ?)")
                .params(agencyCode, name, withChildren, Secrets.hash(token), Timestamp.from(Instant.now()))
                .update();
        return token;
    }

    /** Revokes an agency's token by name; false when there is none. */
    public boolean revoke(String agencyCode, String name) {
        return jdbc.sql("update portal_token set revoked_at = ? where agency_code = ? and name = ? and revoked_at is null")
                .params(Timestamp.from(Instant.now()), agencyCode, name)
                .update() > 0;
    }

    /** Who a token presented in a request acts as, if it is a live one. */
    public Optional<Actor> actorOf(String token) {
        return jdbc.sql("select name, agency_code, with_children from portal_token where token_hash = ? and revoked_at is null")
                .param(Secrets.hash(token))
                .query((row, n) -> new Actor("token:" + row.getString(1), Role.AGENCY, row.getString(2), row.getBoolean(3)))
                .optional();
    }
}
