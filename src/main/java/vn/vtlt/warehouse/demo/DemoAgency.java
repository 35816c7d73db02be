package vn.vtlt.warehouse.demo;

/**
 * An agency of the demo city.
 *
 * @param code     registry code
 * @param name     name (real where the name is a public fact, else invented and marked "(demo)")
 * @param type     registry agency_type
 * @param district the district it belongs to, if any
 * @param parent   parent agency code, if any
 * @param weight   relative number of VTLT staff
 * @param submits  false for the few agencies that never send anything
 */
record DemoAgency(String code, String name, String type, String district, String parent, int weight, boolean submits) {

    String registryRow() {
        return String.join(",", code, quote(name), type, quote(district == null ? "" : district),
                parent == null ? "" : parent, "2000-01-01", "", "");
    }

    private static String quote(String text) {
        return text.contains(",") ? "\"" + text + "\"" : text;
    }
}
