package vn.vtlt.warehouse.support;

import java.util.ArrayList;
import java.util.List;

/** Roster and training rows with known people, so that tests can count them and look for their IDs and names. */
public final class Rosters {

    private Rosters() {
    }

    /** A 12-digit CCCD starting with 0 (HCMC's 079), distinct per (agency number, person number). */
    public static String personId(int agencyNumber, int person) {
        return String.format("079%03d%06d", agencyNumber, person);
    }

    public static String personName(int agencyNumber, int person) {
        return "Nguyễn Thị Thử Nghiệm " + agencyNumber + "x" + person;
    }

    /**
     * {@code total} staff of an agency for year {@code year}, the first {@code qualified} of them with a VTLT
     * speciality at Trung cấp, the others in Quản trị kinh doanh at Đại học.
     */
    public static List<List<String>> roster(String agency, int agencyNumber, int year, int total, int qualified) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= total; i++) {
            boolean vtlt = i <= qualified;
            rows.add(List.of(agency, Integer.toString(year), personId(agencyNumber, i), personName(agencyNumber, i),
                    Integer.toString(year - 30), i % 2 == 0 ? "Nam" : "Nữ", "Văn thư", "Chuyên trách",
                    vtlt ? "Trung cấp" : "Đại học", vtlt ? "Văn thư - Lưu trữ" : "Quản trị kinh doanh"));
        }
        return rows;
    }

    public static Csv rosterCsv(String agency, int agencyNumber, int year, int total, int qualified) {
        return Csv.of(Csv.ROSTER_HEADINGS).rows(roster(agency, agencyNumber, year, total, qualified));
    }
}
