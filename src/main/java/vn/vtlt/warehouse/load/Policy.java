package vn.vtlt.warehouse.load;

import java.util.Locale;

/** What a faulty row does to its submission (contract section 5). */
public enum Policy {
    /** One faulty row rejects the whole submission; the previous accepted version stays current. */
    STRICT,
    /** Valid rows load; faulty rows are quarantined (kept in audit_problem, not in the facts). */
    LENIENT;

    public static Policy of(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new vn.vtlt.warehouse.config.UserError("policy must be strict or lenient, not '" + name + "'");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
