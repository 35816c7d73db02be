package vn.vtlt.warehouse.validate;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import vn.vtlt.warehouse.parse.Heading;

/** The three datasets agencies submit (contract section 4), their columns, and the order they load in. */
public enum Dataset {

    NHAN_SU("nhan-su", "roster", "fact_staff", List.of(
            new Heading("agency_code", "Mã cơ quan", true),
            new Heading("report_year", "Năm báo cáo", true),
            new Heading("person_id", "Số định danh", true),
            new Heading("full_name", "Họ và tên", true),
            new Heading("birth_year", "Năm sinh", false),
            new Heading("gender", "Giới tính", false),
            new Heading("job_position", "Vị trí việc làm", true),
            new Heading("employment", "Chế độ", true),
            new Heading("education_level", "Trình độ", true),
            new Heading("major", "Chuyên ngành", false))),

    DAO_TAO("dao-tao", "training", "fact_training_activity", List.of(
            new Heading("agency_code", "Mã cơ quan", true),
            new Heading("class_code", "Mã lớp", true),
            new Heading("class_name", "Tên lớp", true),
            new Heading("category", "Loại hình", true),
            new Heading("level", "Trình độ", false),
            new Heading("topic", "Chuyên đề", false),
            new Heading("provider", "Cơ sở đào tạo", false),
            new Heading("start_date", "Ngày bắt đầu", true),
            new Heading("end_date", "Ngày kết thúc", true),
            new Heading("class_count", "Số lớp", false),
            new Heading("participations", "Số lượt học viên", true),
            new Heading("funding_city", "Kinh phí NS thành phố", false),
            new Heading("funding_district", "Kinh phí NS quận huyện", false),
            new Heading("funding_agency", "Kinh phí cơ quan", false),
            new Heading("funding_personal", "Kinh phí cá nhân", false),
            new Heading("note", "Ghi chú", false))),

    HOC_VIEN("hoc-vien", "participants", "fact_participation", List.of(
            new Heading("agency_code", "Mã cơ quan", true),
            new Heading("class_code", "Mã lớp", true),
            new Heading("participant_agency_code", "Mã cơ quan học viên", true),
            new Heading("person_id", "Số định danh", true),
            new Heading("full_name", "Họ và tên", true),
            new Heading("result", "Kết quả", false)));

    private final String code;
    private final String sqlFolder;
    private final String factTable;
    private final List<Heading> headings;

    Dataset(String code, String sqlFolder, String factTable, List<Heading> headings) {
        this.code = code;
        this.sqlFolder = sqlFolder;
        this.factTable = factTable;
        this.headings = headings;
    }

    /** The fact table its rows load into. */
    public String factTable() {
        return factTable;
    }

    /** As in file names and the warehouse: nhan-su, dao-tao, hoc-vien. */
    public String code() {
        return code;
    }

    /** The folder of its per-submission SQL under {@code sql/submission/}. */
    public String sqlFolder() {
        return sqlFolder;
    }

    public List<Heading> headings() {
        return headings;
    }

    public Heading heading(String alias) {
        return headings.stream().filter(h -> h.alias().equals(alias)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(alias));
    }

    public static Optional<Dataset> ofCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code.equalsIgnoreCase(code)).findFirst();
    }
}
