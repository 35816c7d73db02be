package vn.vtlt.warehouse.portal.analyst;

/**
 * A cell of a page's table that links somewhere (an agency to its page, a count to the agencies behind it). Its
 * downloads hold the value only.
 */
public record Linked(Object value, String href) {
}
