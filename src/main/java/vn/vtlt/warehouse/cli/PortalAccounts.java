package vn.vtlt.warehouse.cli;

import java.nio.file.Path;
import java.util.Map;

import javax.sql.DataSource;

import vn.vtlt.warehouse.portal.Actor;
import vn.vtlt.warehouse.portal.AgencyScope;
import vn.vtlt.warehouse.portal.Analytics;
import vn.vtlt.warehouse.portal.AuditLog;
import vn.vtlt.warehouse.portal.PortalDatabase;
import vn.vtlt.warehouse.portal.Role;

/** What {@code users} and {@code tokens} share: the portal's database under the home, the registry, the audit. */
final class PortalAccounts {

    final DataSource dataSource;
    final AuditLog audit;
    private final Analytics analytics;

    PortalAccounts(Path home) {
        Path homeDir = Homes.resolve(home);
        this.dataSource = PortalDatabase.open(homeDir);
        this.audit = new AuditLog(dataSource);
        this.analytics = new Analytics(homeDir);
    }

    /** The operator who ran the command, for the audit log. */
    static String operator() {
        return "cli:" + System.getProperty("user.name");
    }

    /** Refuses an agency code that the published registry does not hold. */
    void requireAgency(String agencyCode, boolean withChildren) {
        Map<String, String> agencies = new AgencyScope(analytics).agencies(new Actor("", Role.AGENCY, agencyCode, withChildren));
        if (!agencies.containsKey(agencyCode)) {
            throw new IllegalArgumentException("agency " + agencyCode + " is not in the registry as last imported");
        }
    }
}
