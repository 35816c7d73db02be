package vn.vtlt.warehouse.portal;

/** What a portal account may do: a clerk acts for agencies; analysts and operators get their pages (issue 14). */
public enum Role {
    AGENCY, ANALYST, OPERATOR;

    /** The Spring Security authority of the role ({@code ROLE_AGENCY}...). */
    public String authority() {
        return "ROLE_" + name();
    }
}
