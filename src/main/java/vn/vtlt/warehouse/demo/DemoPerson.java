package vn.vtlt.warehouse.demo;

/**
 * A person of the demo city, with the two education profiles they may have: the VTLT one (used in the years they
 * count as VTLT-qualified) and another (a non-VTLT major, or none).
 */
record DemoPerson(String id, String name, int birthYear, boolean female, String position, String employment,
                  String vtltLevel, String vtltMajor, String otherLevel, String otherMajor) {
}
