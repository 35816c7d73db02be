package vn.vtlt.warehouse.portal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Portal accounts ({@code portal_account}): added, disabled and reset by an operator from the command line, each
 * add and reset giving a one-time link for the person to set their own password (no mail server needed).
 * Passwords are kept as Spring Security's delegating encoder writes them (bcrypt today, upgradable); a run of
 * {@link #MAX_FAILED_SIGN_INS} failed sign-ins locks the account for {@link #LOCK_OUT}.
 */
public class Accounts {

    public static final int MAX_FAILED_SIGN_INS = 5;
    public static final Duration LOCK_OUT = Duration.ofMinutes(15);
    public static final Duration LINK_VALID = Duration.ofDays(3);
    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9._@-]{3,64}");

    /** An account as the sign-in needs it. */
    public record Account(String login, Role role, String agencyCode, boolean withChildren, String passwordHash,
                          boolean enabled, Instant lockedUntil) {

        public Actor actor() {
            return new Actor(login, role, agencyCode, withChildren);
        }

        public boolean locked(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    /** A refused change, said in one line for the operator. */
    public static class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    public Accounts(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public PasswordEncoder encoder() {
        return encoder;
    }

    /** Adds an account without a password; returns the secret of its one-time set-password link. */
    public String add(String login, Role role, String agencyCode, boolean withChildren) {
        if (!LOGIN.matcher(login).matches()) {
            throw new Refused("a login is 3 to 64 letters, digits or . _ @ -: '" + login + "'");
        }
        if (role == Role.AGENCY && agencyCode == null) {
            throw new Refused("an AGENCY account needs --agency CODE");
        }
        if (role != Role.AGENCY && (agencyCode != null || withChildren)) {
            throw new Refused("only AGENCY accounts act for an agency (--agency, --with-children)");
        }
        if (find(login).isPresent()) {
            throw new Refused("the login " + login + " is taken");
        }
        jdbc.sql("insert into portal_account (login, role, agency_code, with_children, created_at) values (?, ?, ?, ?, ?)")
                .params(login, role.name(), agencyCode, withChildren, Timestamp.from(Instant.now()))
                .update();
        return newLink(login);
    }

    public void disable(String login) {
        require(login);
        jdbc.sql("update portal_account set enabled = false, set_password_hash = null where login = ?").param(login).update();
    }

    /** Forgets the password and unlocks; returns the secret of a new one-time link. */
    public String reset(String login) {
        if (!require(login).enabled()) {
            throw new Refused("the account " + login + " is disabled");
        }
        jdbc.sql("update portal_account set password_hash = null, failed_sign_ins = 0, locked_until = null where login = ?")
                .param(login).update();
        return newLink(login);
    }

    /** The account whose one-time link this is, while the link is valid. */
    public Optional<String> loginOfLink(String secret) {
        return jdbc.sql("select login from portal_account where set_password_hash = ? and set_password_expires > ? and enabled")
                .params(Secrets.hash(secret), Timestamp.from(Instant.now()))
                .query(String.class).optional();
    }

    /** Sets the password through a one-time link, which is then used up; false when the link is not valid. */
    public boolean setPassword(String secret, String password) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new Refused("at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        return jdbc.sql("update portal_account set password_hash = ?, set_password_hash = null, set_password_expires = null, "
                        + "failed_sign_ins = 0, locked_until = null where set_password_hash = ? and set_password_expires > ? and enabled")
                .params(encoder.encode(password), Secrets.hash(secret), Timestamp.from(Instant.now()))
                .update() == 1;
    }

    public Optional<Account> find(String login) {
        return jdbc.sql("select login, role, agency_code, with_children, password_hash, enabled, locked_until "
                        + "from portal_account where login = ?")
                .param(login)
                .query((row, n) -> new Account(row.getString(1), Role.valueOf(row.getString(2)), row.getString(3),
                        row.getBoolean(4), row.getString(5), row.getBoolean(6),
                        row.getTimestamp(7) == null ? null : row.getTimestamp(7).toInstant()))
                .optional();
    }

    /** Counts a failed sign-in; returns true when it locked the account. */
    public boolean failedSignIn(String login) {
        jdbc.sql("update portal_account set failed_sign_ins = failed_sign_ins + 1 where login = ?").param(login).update();
        return jdbc.sql("update portal_account set locked_until = ?, failed_sign_ins = 0 where login = ? and failed_sign_ins >= ?")
                .params(Timestamp.from(Instant.now().plus(LOCK_OUT)), login, MAX_FAILED_SIGN_INS)
                .update() == 1;
    }

    public void signedIn(String login) {
        jdbc.sql("update portal_account set failed_sign_ins = 0 where login = ?").param(login).update();
    }

    private Account require(String login) {
        return find(login).orElseThrow(() -> new Refused("no account " + login));
    }

    private String newLink(String login) {
        String secret = Secrets.newSecret();
        jdbc.sql("update portal_account set set_password_hash = ?, set_password_expires = ? where login = ?")
                .params(Secrets.hash(secret), Timestamp.from(Instant.now().plus(LINK_VALID)), login)
                .update();
        return secret;
    }
}
