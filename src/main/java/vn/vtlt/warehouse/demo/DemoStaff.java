package vn.vtlt.warehouse.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The staff of the demo city, year by year: how many people each agency has on 31/12 and how many of them are
 * VTLT-qualified, adding up exactly to the review's figures (3,545 and 1,071 in 2013; 3,860 and 2,157 in 2016;
 * 2014 and 2015 invented in between), and the people themselves.
 */
final class DemoStaff {

    static final int FIRST_YEAR = 2013;
    static final int LAST_YEAR = 2016;
    private static final int[] TOTAL = {3545, 3652, 3771, 3860};
    private static final int[] QUALIFIED = {1071, 1425, 1810, 2157};

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trương", "Đinh"};
    private static final String[] MIDDLE_MALE = {"Văn", "Hữu", "Minh", "Quốc", "Thanh", "Đức", "Công"};
    private static final String[] MIDDLE_FEMALE = {"Thị", "Ngọc", "Thu", "Thanh", "Kim", "Mỹ", "Hồng"};
    private static final String[] GIVEN = {"An", "Bình", "Chi", "Dũng", "Hòa", "Hoà", "Hùng", "Lan", "Mai", "Nam",
            "Phương", "Thủy", "Thuỷ", "Tuấn", "Uyên", "Yến", "Khoa", "Hạnh", "Trang", "Vy", "Thúy", "Thuý", "Long", "Sơn"};
    private static final String[] PROVINCES = {"079", "079", "079", "079", "079", "001", "038", "052", "083", "092"};
    private static final String[] VTLT_MAJORS = {"Lưu trữ học", "Văn thư", "Lưu trữ", "Văn thư - Lưu trữ",
            "Văn thư hành chính", "Lưu trữ học và Quản trị văn phòng"};
    private static final String[] OTHER_MAJORS = {"Luật", "Kinh tế", "Quản trị kinh doanh", "Hành chính học",
            "Công nghệ thông tin", "Kế toán", "Thủy sản", "Thuỷ lợi", "Hóa học", "Hoá học", "Ngữ văn", "Sư phạm"};

    private final Map<String, int[]> staffByAgency = new LinkedHashMap<>();
    private final Map<String, int[]> qualifiedByAgency = new LinkedHashMap<>();
    private final Map<String, List<DemoPerson>> people = new LinkedHashMap<>();

    DemoStaff(List<DemoAgency> agencies, Random random) {
        int n = agencies.size();
        double[] quality = new double[n];
        for (int i = 0; i < n; i++) {
            quality[i] = agencies.get(i).type().equals("CHI_CUC") ? 3.0 : 0.5 + random.nextDouble();
        }
        for (int y = 0; y < TOTAL.length; y++) {
            double[] weights = new double[n];
            for (int i = 0; i < n; i++) {
                DemoAgency agency = agencies.get(i);
                weights[i] = agency.submits() ? agency.weight() * (0.9 + 0.2 * random.nextDouble()) : 0;
            }
            long[] staff = Apportion.split(TOTAL[y], weights);
            double[] qualifiedWeights = new double[n];
            for (int i = 0; i < n; i++) {
                qualifiedWeights[i] = staff[i] * quality[i];
            }
            long[] qualified = Apportion.split(QUALIFIED[y], qualifiedWeights, staff);
            for (int i = 0; i < n; i++) {
                String code = agencies.get(i).code();
                staffByAgency.computeIfAbsent(code, c -> new int[TOTAL.length])[y] = (int) staff[i];
                qualifiedByAgency.computeIfAbsent(code, c -> new int[TOTAL.length])[y] = (int) qualified[i];
            }
        }
        Set<String> ids = new HashSet<>();
        for (DemoAgency agency : agencies) {
            int pool = java.util.Arrays.stream(staffByAgency.get(agency.code())).max().orElse(0);
            List<DemoPerson> persons = new ArrayList<>(pool);
            for (int p = 0; p < pool; p++) {
                persons.add(person(random, ids));
            }
            people.put(agency.code(), persons);
        }
    }

    int staff(String agency, int year) {
        return staffByAgency.get(agency)[year - FIRST_YEAR];
    }

    int qualified(String agency, int year) {
        return qualifiedByAgency.get(agency)[year - FIRST_YEAR];
    }

    /** The agency's staff on 31/12 of the year: the first {@link #staff} people of its pool. */
    List<DemoPerson> roster(String agency, int year) {
        return people.get(agency).subList(0, staff(agency, year));
    }

    private static DemoPerson person(Random random, Set<String> ids) {
        boolean female = random.nextInt(100) < 72;
        int birthYear = 1960 + random.nextInt(35);
        String id;
        do {
            id = PROVINCES[random.nextInt(PROVINCES.length)] + (female ? "1" : "0")
                    + String.format("%02d%06d", birthYear % 100, random.nextInt(1_000_000));
        } while (!ids.add(id));
        String name = FAMILY[random.nextInt(FAMILY.length)] + " "
                + (female ? MIDDLE_FEMALE : MIDDLE_MALE)[random.nextInt(MIDDLE_MALE.length)] + " "
                + GIVEN[random.nextInt(GIVEN.length)];
        int role = random.nextInt(100);
        String position = role < 45 ? "Văn thư" : role < 70 ? "Văn thư - Lưu trữ" : role < 90 ? "Lưu trữ" : "Lãnh đạo phụ trách";
        String employment = random.nextInt(100) < 40 ? "Chuyên trách" : "Kiêm nhiệm";
        int level = random.nextInt(100);
        String vtltLevel = level < 20 ? "Sơ cấp" : level < 65 ? "Trung cấp" : level < 75 ? "Cao đẳng" : level < 98 ? "Đại học" : "Trên đại học";
        int other = random.nextInt(100);
        String otherLevel = other < 25 ? "Chưa qua đào tạo" : other < 40 ? "Trung cấp" : other < 50 ? "Cao đẳng" : other < 95 ? "Đại học" : "Trên đại học";
        return new DemoPerson(id, name, birthYear, female, position, employment, vtltLevel,
                VTLT_MAJORS[random.nextInt(VTLT_MAJORS.length)], otherLevel,
                otherLevel.equals("Chưa qua đào tạo") ? "" : OTHER_MAJORS[random.nextInt(OTHER_MAJORS.length)]);
    }
}
