package vn.vtlt.warehouse.portal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.vtlt.warehouse.warehouse.SqlScripts;

/**
 * The agencies an actor may act for, decided on the server for every page and API call: an AGENCY account or
 * token acts for its agency and, {@code --with-children}, for the agencies whose {@code parent_code} is its code
 * in the registry as last published ({@code sql/portal/agencies_acted_for.sql}). Analysts and operators submit for
 * no agency.
 */
public class AgencyScope {

    private final Analytics analytics;

    public AgencyScope(Analytics analytics) {
        this.analytics = analytics;
    }

    /** Code to name, the actor's own agency first. */
    public Map<String, String> agencies(Actor actor) {
        if (actor.role() != Role.AGENCY || actor.agencyCode() == null) {
            return Map.of();
        }
        return analytics.read(connection -> {
            Map<String, String> agencies = new LinkedHashMap<>();
            try (PreparedStatement query = connection.prepareStatement(SqlScripts.text("sql/portal/agencies_acted_for.sql"))) {
                query.setString(1, actor.agencyCode());
                query.setBoolean(2, actor.withChildren());
                query.setString(3, actor.agencyCode());
                query.setString(4, actor.agencyCode());
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        agencies.put(rows.getString(1), rows.getString(2));
                    }
                }
            }
            return agencies;
        }).orElse(Map.of());
    }

    public boolean mayActFor(Actor actor, String agencyCode) {
        return agencies(actor).containsKey(agencyCode);
    }
}
