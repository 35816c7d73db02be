package vn.vtlt.warehouse.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The demo registry: the Records and Archives Sub-department and 707 source agencies of Ho Chi Minh City as they
 * stood in 2014-2016. Departments and districts carry their real names and Statistics Office codes (public
 * facts); wards, public service units and enterprises are invented and marked "(demo)".
 */
final class DemoRegistry {

    static final String SUB_DEPARTMENT = "CCVTLT";
    static final int SOURCE_AGENCIES = 707;

    /** The 24 districts of 2014-2016 and their Statistics Office codes. */
    static final String[][] DISTRICTS = {
            {"760", "Quận 1"}, {"761", "Quận 12"}, {"762", "Quận Thủ Đức"}, {"763", "Quận 9"}, {"764", "Quận Gò Vấp"},
            {"765", "Quận Bình Thạnh"}, {"766", "Quận Tân Bình"}, {"767", "Quận Tân Phú"}, {"768", "Quận Phú Nhuận"},
            {"769", "Quận 2"}, {"770", "Quận 3"}, {"771", "Quận 10"}, {"772", "Quận 11"}, {"773", "Quận 4"},
            {"774", "Quận 5"}, {"775", "Quận 6"}, {"776", "Quận 8"}, {"777", "Quận Bình Tân"}, {"778", "Quận 7"},
            {"783", "Huyện Củ Chi"}, {"784", "Huyện Hóc Môn"}, {"785", "Huyện Bình Chánh"}, {"786", "Huyện Nhà Bè"},
            {"787", "Huyện Cần Giờ"}};

    /** City departments and boards (real names). */
    static final String[][] DEPARTMENTS = {
            {"SO-NV", "Sở Nội vụ"}, {"SO-TP", "Sở Tư pháp"}, {"SO-KHDT", "Sở Kế hoạch và Đầu tư"},
            {"SO-TC", "Sở Tài chính"}, {"SO-CT", "Sở Công Thương"},
            {"SO-NNPTNT", "Sở Nông nghiệp và Phát triển nông thôn"}, {"SO-GTVT", "Sở Giao thông vận tải"},
            {"SO-XD", "Sở Xây dựng"}, {"SO-TNMT", "Sở Tài nguyên và Môi trường"},
            {"SO-TTTT", "Sở Thông tin và Truyền thông"}, {"SO-LDTBXH", "Sở Lao động - Thương binh và Xã hội"},
            {"SO-VHTT", "Sở Văn hóa và Thể thao"}, {"SO-DL", "Sở Du lịch"}, {"SO-KHCN", "Sở Khoa học và Công nghệ"},
            {"SO-GDDT", "Sở Giáo dục và Đào tạo"}, {"SO-YT", "Sở Y tế"}, {"SO-QHKT", "Sở Quy hoạch - Kiến trúc"},
            {"SO-NGV", "Sở Ngoại vụ"}, {"TTTP", "Thanh tra Thành phố"}, {"VP-UBND", "Văn phòng Ủy ban nhân dân Thành phố"},
            {"VP-HDND", "Văn phòng Hội đồng nhân dân Thành phố"}, {"BAN-DT", "Ban Dân tộc"},
            {"BQL-KCX", "Ban Quản lý các Khu chế xuất và công nghiệp"}, {"BQL-CNC", "Ban Quản lý Khu Công nghệ cao"},
            {"CS-PCCC", "Cảnh sát Phòng cháy và Chữa cháy Thành phố"}, {"BQL-ATTP", "Ban Quản lý An toàn thực phẩm"}};

    private static final String[] UNIT_KINDS = {"Bệnh viện", "Trung tâm Y tế", "Trường Trung học phổ thông",
            "Trung tâm Dịch vụ việc làm", "Trung tâm Văn hóa", "Ban Quản lý dự án", "Trung tâm Lưu trữ",
            "Trường Cao đẳng", "Trung tâm Kiểm định", "Nhà Văn hóa"};
    private static final String[] UNIT_NAMES = {"Thống Nhất", "Hòa Bình", "Bình Minh", "Phú Lợi", "Tân Tiến",
            "An Khang", "Thuận Thành", "Hưng Phát", "Thủy Tiên", "Quang Trung", "Lê Lợi", "Nguyễn Trãi", "Hoà Hưng",
            "Phước Thạnh", "Gia Định", "Sài Gòn", "Chợ Lớn", "Bến Thành", "Tân Định", "Đa Kao"};
    private static final String[] ENTERPRISE_KINDS = {"Tổng Công ty", "Công ty TNHH MTV", "Công ty Cổ phần"};
    private static final String[] ENTERPRISE_TRADES = {"Cấp nước", "Môi trường đô thị", "Công viên cây xanh",
            "Xổ số kiến thiết", "Dịch vụ công ích", "Vận tải", "Thương mại", "Xây dựng", "Phát triển nhà", "Cơ khí"};

    private DemoRegistry() {
    }

    static List<DemoAgency> agencies(Random random) {
        List<DemoAgency> agencies = new ArrayList<>();
        agencies.add(new DemoAgency(SUB_DEPARTMENT, "Chi cục Văn thư - Lưu trữ", "CHI_CUC", null, "SO-NV", 40, true));
        for (String[] department : DEPARTMENTS) {
            agencies.add(new DemoAgency(department[0], department[1], "SO_NGANH", null, null, 14 + random.nextInt(12), true));
        }
        for (String[] district : DISTRICTS) {
            agencies.add(new DemoAgency(districtCode(district[0]), "Ủy ban nhân dân " + district[1], "QUAN_HUYEN",
                    district[1], null, 28 + random.nextInt(24), true));
        }
        int wards = 250;
        for (int i = 0; i < wards; i++) {
            String[] district = DISTRICTS[i % DISTRICTS.length];
            String kind = district[1].startsWith("Huyện") ? "Xã" : "Phường";
            agencies.add(new DemoAgency("PX-" + district[0] + "-" + (i / DISTRICTS.length + 1),
                    "Ủy ban nhân dân " + kind + " " + (i / DISTRICTS.length + 1) + ", " + district[1] + " (demo)",
                    "PHUONG_XA", district[1], districtCode(district[0]), 2 + random.nextInt(3), true));
        }
        int enterprises = 107;
        int units = SOURCE_AGENCIES - DEPARTMENTS.length - DISTRICTS.length - wards - enterprises;
        for (int i = 1; i <= units; i++) {
            String[] parent = DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
            String name = UNIT_KINDS[random.nextInt(UNIT_KINDS.length)] + " " + UNIT_NAMES[random.nextInt(UNIT_NAMES.length)]
                    + " " + i + " (demo)";
            agencies.add(new DemoAgency(String.format("SN-%03d", i), name, "DON_VI_SU_NGHIEP", null, parent[0],
                    3 + random.nextInt(4), i % 60 != 7));
        }
        for (int i = 1; i <= enterprises; i++) {
            String name = ENTERPRISE_KINDS[random.nextInt(ENTERPRISE_KINDS.length)] + " "
                    + ENTERPRISE_TRADES[random.nextInt(ENTERPRISE_TRADES.length)] + " Sài Gòn " + i + " (demo)";
            agencies.add(new DemoAgency(String.format("DN-%03d", i), name, "DOANH_NGHIEP", null, null,
                    3 + random.nextInt(5), i % 50 != 11));
        }
        return agencies;
    }

    static String districtCode(String statisticsCode) {
        return "QH-" + statisticsCode;
    }
}
