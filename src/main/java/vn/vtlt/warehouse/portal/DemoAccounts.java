package vn.vtlt.warehouse.portal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * The demo city's portal accounts ({@code demo --serve}): a department's clerk, a district's clerk acting for its
 * wards, an analyst and an operator, all with one printed demo password. Created once; a later demo keeps them.
 */
public final class DemoAccounts {

    /** Printed by the demo; an account of a real portal gets its password through a one-time link instead. */
    public static final String PASSWORD = "demo-vtlt-2016";

    private record Demo(String login, Role role, String agency, boolean withChildren, String what) {
    }

    private static final List<Demo> ACCOUNTS = List.of(
            new Demo("clerk.sotp", Role.AGENCY, "SO-TP", false, "clerk of Sở Tư pháp (SO-TP)"),
            new Demo("clerk.q1", Role.AGENCY, "QH-760", true, "clerk of Quận 1 (QH-760), also for its wards"),
            new Demo("analyst", Role.ANALYST, null, false, "analyst (pages to come)"),
            new Demo("operator", Role.OPERATOR, null, false, "operator (pages to come)"));

    private DemoAccounts() {
    }

    /** Creates the accounts that do not exist yet; returns a line per account to print. */
    public static List<String> ensure(Path home) {
        DataSource dataSource = PortalDatabase.open(home);
        Accounts accounts = new Accounts(dataSource);
        AuditLog audit = new AuditLog(dataSource);
        List<String> lines = new ArrayList<>();
        for (Demo demo : ACCOUNTS) {
            if (accounts.find(demo.login()).isEmpty()) {
                accounts.setPassword(accounts.add(demo.login(), demo.role(), demo.agency(), demo.withChildren()), PASSWORD);
                audit.record("demo", "ACCOUNT_ADDED", demo.login() + " " + demo.role());
            }
            lines.add(String.format("  %-11s %s", demo.login(), demo.what()));
        }
        return lines;
    }
}
