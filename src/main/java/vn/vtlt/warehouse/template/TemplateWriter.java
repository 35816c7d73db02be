package vn.vtlt.warehouse.template;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import vn.vtlt.warehouse.parse.Heading;
import vn.vtlt.warehouse.parse.SheetTable;
import vn.vtlt.warehouse.validate.Dataset;
import vn.vtlt.warehouse.warehouse.SqlScripts;

/**
 * The official XLSX template of a dataset, made so that Excel cannot do its usual damage: Vietnamese headings with
 * the English aliases under them, code and ID columns formatted as text (leading zeros stay), dates formatted
 * dd/mm/yyyy, a drop-down on every coded column (the accepted values, from {@code sql/040_reference_data.sql}),
 * the heading rows frozen, an instructions sheet, and the agency's code and the year filled in when given. The
 * import reads the alias row, the instructions and the lists as what they are: no warning.
 */
public final class TemplateWriter {

    /** Sheets of the template that the import passes over without a warning. */
    public static final String INSTRUCTIONS_SHEET = SheetTable.INSTRUCTIONS_SHEET;
    public static final String LISTS_SHEET = SheetTable.LISTS_SHEET;
    /** Data rows prepared (formats, drop-downs, pre-filled code and year). */
    static final int ROWS = 1000;

    private static final Set<String> TEXT_COLUMNS = Set.of("agency_code", "person_id", "full_name", "class_code",
            "class_name", "participant_agency_code", "major", "topic", "provider", "note");
    private static final Set<String> DATE_COLUMNS = Set.of("start_date", "end_date");
    /** Coded columns, each named after its domain in ref_alias. */
    private static final Set<String> CODED_COLUMNS = Set.of("gender", "job_position", "employment", "education_level",
            "category", "level", "result");

    private TemplateWriter() {
    }

    public static void write(Dataset dataset, int year, String agencyCode, OutputStream out) throws IOException, SQLException {
        Map<String, List<String>> choices = choices();
        List<Heading> headings = dataset.headings();
        try (Workbook workbook = new Workbook(out, "vtlt-warehouse", "1.0")) {
            Worksheet data = workbook.newWorksheet(dataset.code());
            Worksheet instructions = workbook.newWorksheet(INSTRUCTIONS_SHEET);
            Worksheet lists = workbook.newWorksheet(LISTS_SHEET);
            int listColumn = 0;
            for (int c = 0; c < headings.size(); c++) {
                Heading heading = headings.get(c);
                data.value(0, c, heading.heading());
                data.style(0, c).bold().fillColor("DDEBF7").wrapText(true).set();
                data.value(1, c, heading.alias());
                data.style(1, c).italic().fontColor("808080").set();
                data.width(c, Math.max(12, heading.heading().length() + 4));
                String alias = heading.alias();
                if (TEXT_COLUMNS.contains(alias)) {
                    data.range(2, c, ROWS + 1, c).style().format("@").set();
                } else if (DATE_COLUMNS.contains(alias)) {
                    data.range(2, c, ROWS + 1, c).style().format("dd/mm/yyyy").set();
                }
                if (CODED_COLUMNS.contains(alias) && choices.containsKey(alias)) {
                    List<String> values = choices.get(alias);
                    lists.value(0, listColumn, alias);
                    for (int v = 0; v < values.size(); v++) {
                        lists.value(v + 1, listColumn, values.get(v));
                    }
                    data.range(2, c, ROWS + 1, c).validateWithList(lists.range(1, listColumn, values.size(), listColumn))
                            .allowBlank(true).showDropdown(true).showErrorMessage(true)
                            .errorTitle(heading.heading()).error("Chọn một giá trị trong danh sách / choose a listed value");
                    listColumn++;
                }
                if (agencyCode != null && alias.equals("agency_code")) {
                    for (int r = 2; r < ROWS + 2; r++) {
                        data.value(r, c, agencyCode);
                    }
                }
                if (alias.equals("report_year")) {
                    for (int r = 2; r < ROWS + 2; r++) {
                        data.value(r, c, year);
                    }
                }
            }
            data.freezePane(0, 2);
            lists.setVisibilityState(VisibilityState.HIDDEN);
            writeInstructions(instructions, dataset, year, agencyCode);
        }
    }

    private static void writeInstructions(Worksheet sheet, Dataset dataset, int year, String agencyCode) {
        List<String> lines = new ArrayList<>(List.of(
                "HƯỚNG DẪN ĐIỀN MẪU " + dataset.code().toUpperCase(java.util.Locale.ROOT) + " NĂM " + year,
                "",
                "1. Điền mỗi " + (dataset == Dataset.NHAN_SU ? "người" : dataset == Dataset.DAO_TAO ? "lớp" : "lượt học viên")
                        + " một dòng, bắt đầu từ dòng 3 của trang " + dataset.code() + ". Không xóa hai dòng tiêu đề.",
                "2. Các cột có danh sách: chọn giá trị trong danh sách thả xuống.",
                "3. Số định danh (CCCD 12 chữ số hoặc CMND 9 chữ số): gõ đủ các chữ số, kể cả số 0 ở đầu.",
                "4. Ngày: dd/mm/yyyy, ví dụ 15/04/" + year + ".",
                "5. Lưu tệp với tên " + (agencyCode == null ? "<mã cơ quan>" : agencyCode) + "_" + dataset.code() + "_" + year
                        + ".xlsx và gửi về Sở Nội vụ qua thư mục hoặc địa chỉ nộp báo cáo của cơ quan.",
                "",
                "Các cột:"));
        for (Heading heading : dataset.headings()) {
            lines.add("- " + heading.heading() + " (" + heading.alias() + ")" + (heading.required() ? ": bắt buộc" : ": không bắt buộc"));
        }
        for (int i = 0; i < lines.size(); i++) {
            sheet.value(i, 0, lines.get(i));
        }
        sheet.style(0, 0).bold().set();
        sheet.width(0, 110);
    }

    /** The accepted values of each coded column: the first spelling of each code in ref_alias, in its order. */
    static Map<String, List<String>> choices() throws SQLException {
        Properties settings = new Properties();
        settings.setProperty("autoinstall_known_extensions", "false");
        settings.setProperty("autoload_known_extensions", "false");
        Map<String, List<String>> choices = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:", settings);
             Statement statement = connection.createStatement()) {
            for (String script : SqlScripts.numbered()) {
                statement.execute(SqlScripts.text(script));
            }
            try (ResultSet rows = statement.executeQuery(SqlScripts.text("sql/template/choices.sql"))) {
                while (rows.next()) {
                    choices.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(rows.getString(2));
                }
            }
        }
        return choices;
    }
}
