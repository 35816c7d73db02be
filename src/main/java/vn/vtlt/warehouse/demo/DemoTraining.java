package vn.vtlt.warehouse.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The training of the demo city, 2013-2016, built so that the 2014-2016 review adds up exactly to the published
 * report (../shared/domain/REFERENCE-FIGURES.md, section 4): which classes, organisers, providers, participations
 * and funding. Splits the report does not give (by year, by department, by district) are invented.
 */
final class DemoTraining {

    static final String USSH = "Trường Đại học Khoa học Xã hội và Nhân văn, ĐHQG TP.HCM";
    static final String CENTRAL_SCHOOL = "Trường Trung cấp Văn thư - Lưu trữ Trung ương";
    static final String HOME_AFFAIRS_UNIVERSITY = "Văn phòng Đại diện Trường Đại học Nội vụ Hà Nội tại TP.HCM";
    static final String CADRE_ACADEMY = "Trường Cán bộ Thành phố";
    static final String CITY = DemoRegistry.SUB_DEPARTMENT;

    private static final long MILLION = 1_000_000L;
    private static final String[] DEPARTMENTS_TRAINING = {"SO-VHTT", "SO-DL", "CS-PCCC", "SO-YT", "SO-TNMT", "SO-GTVT",
            "SO-XD", "SO-LDTBXH", "SO-TP"};

    private DemoTraining() {
    }

    static List<DemoClass> classes(Random random) {
        List<DemoClass> classes = new ArrayList<>();
        String q8 = DemoRegistry.districtCode("776");
        String tanBinh = DemoRegistry.districtCode("766");
        String tanPhu = DemoRegistry.districtCode("767");
        String q11 = DemoRegistry.districtCode("772");

        // 2013: before the programme (outside the review)
        for (int i = 1; i <= 5; i++) {
            classes.add(session(CITY, "TH-2013-" + i, "Tập huấn nghiệp vụ văn thư, lưu trữ năm 2013", "Tập huấn", "Lập hồ sơ",
                    CADRE_ACADEMY, LocalDate.of(2013, 2 + 2 * i, 10), 180, funding(10 * MILLION, 0, 0, 0)));
        }

        // degree training (University 21 = 19 + 2; College 1; Intermediate 320 = 120 + 200)
        classes.add(degree(CITY, "VB2-LTH-2014", "Cử nhân văn bằng 2 VLVH ngành Lưu trữ học và Quản trị văn phòng",
                "Đại học", USSH, LocalDate.of(2014, 10, 6), LocalDate.of(2016, 12, 30), 1, 19,
                funding(19 * 15 * MILLION, 0, 0, 0), List.of(2014, 2015, 2016), List.of()));
        classes.add(degree(q11, "Q11-DH-2014", "Cử dự lớp Cử nhân văn bằng 2 VLVH ngành Lưu trữ học và QTVP", "ĐH",
                USSH, LocalDate.of(2014, 10, 6), LocalDate.of(2016, 12, 30), 1, 2,
                funding(0, 15 * MILLION, 0, 15 * MILLION), List.of(2014), List.of(q11)));
        classes.add(degree(q11, "Q11-CD-2015", "Cao đẳng Văn thư - Lưu trữ", "Cao đẳng", HOME_AFFAIRS_UNIVERSITY,
                LocalDate.of(2015, 9, 14), LocalDate.of(2017, 6, 30), 1, 1,
                funding(0, 6 * MILLION, 0, 6 * MILLION), List.of(2015), List.of(q11)));
        for (int i = 1; i <= 2; i++) {
            classes.add(degree(CITY, "TC-VLVH-2014-" + i, "Trung cấp VLVH ngành Văn thư - Lưu trữ, lớp " + i, "Trung cấp",
                    CENTRAL_SCHOOL, LocalDate.of(2014, 3, 3 + i), LocalDate.of(2016, 3, 30), 1, 60,
                    funding(60 * 9 * MILLION, 0, 0, 0), List.of(2014, 2015, 2016), List.of()));
        }
        String[][] districtIntermediate = {{q8, "70", "2015"}, {tanBinh, "65", "2015"}, {tanPhu, "65", "2016"}};
        for (String[] d : districtIntermediate) {
            int n = Integer.parseInt(d[1]);
            int year = Integer.parseInt(d[2]);
            classes.add(degree(d[0], "TC-" + d[0] + "-" + year, "Trung cấp Văn thư - Lưu trữ (phối hợp Trường Trung cấp VTLT TW)",
                    "TC", CENTRAL_SCHOOL, LocalDate.of(year, 4, 11), LocalDate.of(year + 2, 1, 15), 1, n,
                    funding(0, n * 4_500_000L, 0, n * 4_500_000L), List.of(year), List.of(d[0])));
        }

        // refresher courses: six Sơ cấp classes (529) and skills courses (488 = 78 + 132 + 122 + 156)
        int[] elementary = {88, 90, 87, 91, 86, 87};
        for (int i = 0; i < elementary.length; i++) {
            int year = 2014 + i / 2;
            classes.add(degree(CITY, "SC-" + year + "-" + (i % 2 + 1), "Sơ cấp Văn thư - Lưu trữ", i % 3 == 0 ? "SC" : "Sơ cấp",
                    HOME_AFFAIRS_UNIVERSITY, LocalDate.of(year, 3 + 5 * (i % 2), 2), LocalDate.of(year, 6 + 5 * (i % 2), 28),
                    1, elementary[i], funding(elementary[i] * 800_000L, 0, 0, 0), List.of(year), List.of())
                    .withCategory("Bồi dưỡng"));
        }
        Object[][] skills = {{"LHS-2014", "Nghiệp vụ lập hồ sơ", "Lập hồ sơ", 2014, 78},
                {"CL-2015-1", "Nghiệp vụ chỉnh lý tài liệu lưu trữ", "Chỉnh lý tài liệu", 2015, 66},
                {"CL-2015-2", "Nghiệp vụ chỉnh lý tài liệu lưu trữ", "Chỉnh lý tài liệu", 2015, 66},
                {"SH-2016-1", "Số hóa tài liệu lưu trữ", "Số hóa tài liệu", 2016, 61},
                {"SH-2016-2", "Số hoá tài liệu lưu trữ", "Số hóa tài liệu", 2016, 61},
                {"HSCV-2016-1", "Hướng dẫn lập hồ sơ công việc", "Lập hồ sơ", 2016, 78},
                {"HSCV-2016-2", "Hướng dẫn lập hồ sơ công việc", "Lập hồ sơ", 2016, 78}};
        for (Object[] s : skills) {
            int year = (Integer) s[3];
            int n = (Integer) s[4];
            classes.add(new DemoClass(CITY, (String) s[0], (String) s[1], "Bồi dưỡng", "Nghiệp vụ", (String) s[2],
                    HOME_AFFAIRS_UNIVERSITY, LocalDate.of(year, 8, 8), LocalDate.of(year, 8, 19), 1, n,
                    funding(n * 500_000L, 0, 0, 0), true, List.of(year), List.of()));
        }

        // training sessions: 38 classes with the Cadre Academy (8,337), departments' own (1,870), districts' own (4,814)
        long[] academy = Apportion.split(8337, weights(random, 38));
        for (int i = 0; i < 38; i++) {
            int year = 2014 + i * 3 / 38;
            classes.add(session(CITY, "HVCB-" + year + "-" + (i + 1), "Tập huấn văn bản quy phạm pháp luật về VTLT",
                    i % 5 == 0 ? "tập huấn" : "Tập huấn", "Văn bản quy phạm pháp luật", CADRE_ACADEMY,
                    LocalDate.of(year, 2 + i % 10, 5 + i % 20), (int) academy[i], funding(12 * MILLION, 0, 0, 0)));
        }
        int departmentSessions = 18;
        long[] departmentPeople = Apportion.split(1870, weights(random, departmentSessions));
        long[] departmentMoney = Apportion.split(1008, weights(random, departmentSessions));
        for (int i = 0; i < departmentSessions; i++) {
            String organiser = DEPARTMENTS_TRAINING[i % DEPARTMENTS_TRAINING.length];
            int year = 2014 + i % 3;
            classes.add(session(organiser, "TH-" + year + "-" + (i / DEPARTMENTS_TRAINING.length + 1),
                    "Tập huấn kết hợp hướng dẫn nghiệp vụ văn thư, lưu trữ", "Tập huấn", "Lập hồ sơ", "",
                    LocalDate.of(year, 5 + i % 6, 12), (int) departmentPeople[i],
                    funding(0, 0, departmentMoney[i] * 100_000L, 0)));
        }
        int districtSessions = 48;
        long[] districtPeople = Apportion.split(4814, weights(random, districtSessions));
        long[] districtMoney = Apportion.split(2010, weights(random, districtSessions));
        for (int i = 0; i < districtSessions; i++) {
            String organiser = DemoRegistry.districtCode(DemoRegistry.DISTRICTS[i % DemoRegistry.DISTRICTS.length][0]);
            int year = 2014 + i % 3;
            classes.add(session(organiser, "TH-" + year + "-" + (i / DemoRegistry.DISTRICTS.length + 1),
                    "Hội nghị tập huấn công tác văn thư, lưu trữ", "Tập huấn", "Lập danh mục hồ sơ", "",
                    LocalDate.of(year, 3 + i % 8, 20), (int) districtPeople[i],
                    funding(0, districtMoney[i] * 100_000L, 0, 0)));
        }

        // dissemination of regulations, recorded as conferences: Decision 38/2014 (1,116) and four conferences (1,028)
        for (int i = 1; i <= 3; i++) {
            classes.add(session(CITY, "HN-QD38-" + i, "Tập huấn Quyết định số 38/2014/QĐ-UBND", "Hội nghị",
                    "Lập hồ sơ, chỉnh lý, số hóa", "", LocalDate.of(2015, 3, 9 + 7 * i), 372, funding(20 * MILLION, 0, 0, 0)));
        }
        for (int i = 1; i <= 4; i++) {
            classes.add(session(CITY, "HN-QD7109-" + i, "Hội nghị triển khai Quyết định số 7109/QĐ-UBND", "Hội nghị",
                    "Nguồn nộp lưu", "", LocalDate.of(2016, 3, 1 + 7 * i), 257, funding(25 * MILLION, 0, 0, 0)));
        }
        return classes;
    }

    private static DemoClass degree(String organiser, String code, String name, String level, String provider,
                                    LocalDate start, LocalDate end, int count, int participations, long[] funding,
                                    List<Integer> reportYears, List<String> participantsFrom) {
        return new DemoClass(organiser, code, name, "Đào tạo", level, "", provider, start, end, count, participations,
                funding, true, reportYears, participantsFrom);
    }

    private static DemoClass session(String organiser, String code, String name, String category, String topic,
                                     String provider, LocalDate day, int participations, long[] funding) {
        return new DemoClass(organiser, code, name, category, "", topic, provider, day, day, 1, participations, funding,
                false, List.of(day.getYear()), List.of());
    }

    private static long[] funding(long city, long district, long agency, long personal) {
        return new long[] {city, district, agency, personal};
    }

    private static double[] weights(Random random, int n) {
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            weights[i] = 0.6 + random.nextDouble();
        }
        return weights;
    }
}
