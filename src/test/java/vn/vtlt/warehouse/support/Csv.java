package vn.vtlt.warehouse.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import vn.vtlt.warehouse.demo.LegacyEncodings;

/** Builds submission files as agencies' tools write them: any delimiter, any of the contract's encodings. */
public final class Csv {

    public static final List<String> ROSTER_HEADINGS = List.of("Mã cơ quan", "Năm báo cáo", "Số định danh", "Họ và tên",
            "Năm sinh", "Giới tính", "Vị trí việc làm", "Chế độ", "Trình độ", "Chuyên ngành");
    public static final List<String> TRAINING_HEADINGS = List.of("Mã cơ quan", "Mã lớp", "Tên lớp", "Loại hình",
            "Trình độ", "Chuyên đề", "Cơ sở đào tạo", "Ngày bắt đầu", "Ngày kết thúc", "Số lớp", "Số lượt học viên",
            "Kinh phí NS thành phố", "Kinh phí NS quận huyện", "Kinh phí cơ quan", "Kinh phí cá nhân", "Ghi chú");
    public static final List<String> PARTICIPANT_HEADINGS = List.of("Mã cơ quan", "Mã lớp", "Mã cơ quan học viên",
            "Số định danh", "Họ và tên", "Kết quả");

    private final List<List<String>> rows = new ArrayList<>();
    private char delimiter = ',';
    private String lineEnd = "\r\n";

    public static Csv of(List<String> headings) {
        Csv csv = new Csv();
        csv.rows.add(headings);
        return csv;
    }

    public Csv row(String... cells) {
        rows.add(Arrays.asList(cells));
        return this;
    }

    public Csv rows(List<List<String>> more) {
        rows.addAll(more);
        return this;
    }

    public Csv delimiter(char value) {
        delimiter = value;
        return this;
    }

    public Csv lineEnd(String value) {
        lineEnd = value;
        return this;
    }

    public String text() {
        return rows.stream()
                .map(r -> r.stream().map(this::quote).collect(Collectors.joining(String.valueOf(delimiter))))
                .collect(Collectors.joining(lineEnd, "", lineEnd));
    }

    public byte[] bytes(LegacyEncodings encoding) {
        return encoding.encode(text());
    }

    private String quote(String cell) {
        boolean needs = cell.indexOf(delimiter) >= 0 || cell.contains("\"") || cell.contains("\n");
        return needs ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
