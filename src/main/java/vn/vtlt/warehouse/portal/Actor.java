package vn.vtlt.warehouse.portal;

/**
 * Who is acting in the portal: an account signed in on a page, or an agency's system with an API token.
 *
 * @param name         the account's login, or {@code token:<name>}
 * @param role         AGENCY for clerks and tokens
 * @param agencyCode   the agency acted for (null for analysts and operators)
 * @param withChildren also acts for the agencies whose parent_code is agencyCode
 */
public record Actor(String name, Role role, String agencyCode, boolean withChildren) {
}
