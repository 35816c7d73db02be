package vn.vtlt.warehouse.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import vn.vtlt.warehouse.validate.Dataset;

/**
 * Deterministic, contract-conforming submissions for the benchmark (UTF-8, comma, one heading row, so that DuckDB's
 * own reader can load the same files for the floor). Every agency sends a nhan-su roster, a dao-tao file of classes
 * and a hoc-vien file listing exactly each class's participations, all for 2016.
 */
public final class BenchData {

    static final int YEAR = 2016;
    static final String ROSTER_HEADING = "Mã cơ quan,Năm báo cáo,Số định danh,Họ và tên,Năm sinh,Giới tính,Vị trí việc làm,Chế độ,Trình độ,Chuyên ngành";
    static final String TRAINING_HEADING = "Mã cơ quan,Mã lớp,Tên lớp,Loại hình,Trình độ,Chuyên đề,Cơ sở đào tạo,Ngày bắt đầu,Ngày kết thúc,"
            + "Số lớp,Số lượt học viên,Kinh phí NS thành phố,Kinh phí NS quận huyện,Kinh phí cơ quan,Kinh phí cá nhân,Ghi chú";
    static final String PARTICIPANT_HEADING = "Mã cơ quan,Mã lớp,Mã cơ quan học viên,Số định danh,Họ và tên,Kết quả";

    private static final String[][] LEVELS = {{"Trung cấp", "Văn thư - Lưu trữ"}, {"Đại học", "Lưu trữ học"},
            {"Đại học", "Luật"}, {"Chưa qua đào tạo", ""}, {"Cao đẳng", "Văn thư hành chính"}};
    private static final String[] POSITIONS = {"Văn thư", "Lưu trữ", "Văn thư - Lưu trữ", "Lãnh đạo phụ trách"};
    private static final String[] RESULTS = {"Hoàn thành", "Hoàn thành", "Không hoàn thành", "Đang học"};

    /** The shape of a set: agencies, and per agency roster rows, classes and participants per class. */
    public record Shape(String name, int agencies, int rosterRows, int classes, int participantsPerClass) {

        long rosterTotal() {
            return (long) agencies * rosterRows;
        }

        long participantTotal() {
            return (long) agencies * classes * participantsPerClass;
        }

        long rows() {
            return rosterTotal() + (long) agencies * classes + participantTotal();
        }

        int files() {
            return agencies * ((rosterRows > 0 ? 1 : 0) + (classes > 0 ? 2 : 0));
        }
    }

    /** A written set: where its registry and inbox are, and its files by dataset. */
    public record Written(Shape shape, Path registry, Path inbox, List<Path> rosterFiles, List<Path> trainingFiles,
                          List<Path> participantFiles) {
    }

    private BenchData() {
    }

    public static Written write(Shape shape, Path root) throws IOException {
        Path inbox = root.resolve("inbox");
        Files.createDirectories(inbox);
        Path registry = root.resolve("agencies.csv");
        try (BufferedWriter out = Files.newBufferedWriter(registry, StandardCharsets.UTF_8)) {
            out.write("code,name,agency_type,district,parent_code,valid_from,valid_to,source\n");
            for (int a = 1; a <= shape.agencies(); a++) {
                out.write(code(a) + ",Đơn vị thử nghiệm " + a + ",DON_VI_SU_NGHIEP,,,2000-01-01,,\n");
            }
        }
        List<Path> rosters = new ArrayList<>();
        List<Path> trainings = new ArrayList<>();
        List<Path> participants = new ArrayList<>();
        for (int a = 1; a <= shape.agencies(); a++) {
            Path folder = inbox.resolve(code(a));
            Files.createDirectories(folder);
            if (shape.rosterRows() > 0) {
                rosters.add(writeRoster(folder, a, shape));
            }
            if (shape.classes() > 0) {
                trainings.add(writeTraining(folder, a, shape));
                participants.add(writeParticipants(folder, a, shape));
            }
        }
        return new Written(shape, registry, inbox, rosters, trainings, participants);
    }

    /**
     * One agency whose participant list is a single XLSX sheet of {@code classes * perClass} rows (shared strings,
     * as Excel writes them), with its classes in a CSV file.
     */
    public static Written writeSheet(Path root, int classes, int perClass) throws IOException {
        Shape shape = new Shape("sheet", 1, 0, classes, perClass);
        Written csv = write(shape, root);
        Path csvList = csv.participantFiles().get(0);
        Path sheet = csvList.resolveSibling(csvList.getFileName().toString().replace(".csv", ".xlsx"));
        try (java.io.OutputStream out = Files.newOutputStream(sheet);
             org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "bench", "1.0")) {
            org.dhatim.fastexcel.Worksheet ws = workbook.newWorksheet("hoc-vien");
            String[] headings = PARTICIPANT_HEADING.split(",");
            for (int c = 0; c < headings.length; c++) {
                ws.value(0, c, headings[c]);
            }
            int r = 1;
            try (java.util.stream.Stream<String> lines = Files.lines(csvList)) {
                for (String line : (Iterable<String>) lines.skip(1)::iterator) {
                    String[] cells = line.split(",", -1);
                    for (int c = 0; c < cells.length; c++) {
                        ws.value(r, c, cells[c]);
                    }
                    if (++r % 10_000 == 0) {
                        ws.flush();
                    }
                }
            }
        }
        Files.delete(csvList);
        return new Written(shape, csv.registry(), csv.inbox(), List.of(), csv.trainingFiles(), List.of(sheet));
    }

    static String code(int agency) {
        return "B-" + agency;
    }

    private static Path file(Path folder, int agency, Dataset dataset) {
        return folder.resolve(code(agency) + "_" + dataset.code() + "_" + YEAR + ".csv");
    }

    private static Path writeRoster(Path folder, int a, Shape shape) throws IOException {
        Path file = file(folder, a, Dataset.NHAN_SU);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(ROSTER_HEADING + "\r\n");
            for (int r = 0; r < shape.rosterRows(); r++) {
                String[] level = LEVELS[r % LEVELS.length];
                out.write(code(a) + "," + YEAR + "," + String.format("079%04d%05d", a % 10_000, r % 100_000) + ",Người thử " + r
                        + "," + (1960 + r % 40) + "," + (r % 2 == 0 ? "Nữ" : "Nam") + "," + POSITIONS[r % POSITIONS.length]
                        + "," + (r % 3 == 0 ? "Kiêm nhiệm" : "Chuyên trách") + "," + level[0] + "," + level[1] + "\r\n");
            }
        }
        return file;
    }

    private static Path writeTraining(Path folder, int a, Shape shape) throws IOException {
        Path file = file(folder, a, Dataset.DAO_TAO);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(TRAINING_HEADING + "\r\n");
            for (int c = 1; c <= shape.classes(); c++) {
                int month = 1 + c % 11;
                out.write(code(a) + ",L" + c + ",Lớp bồi dưỡng nghiệp vụ " + c + ",Bồi dưỡng,Nghiệp vụ,Lập hồ sơ,Trường Đại học Nội vụ,"
                        + String.format("%02d/%02d/%d,%02d/%02d/%d", 3, month, YEAR, 20, month, YEAR) + ",1,"
                        + shape.participantsPerClass() + ",\"1.500.000\",0," + (c * 100_000) + ",0,\r\n");
            }
        }
        return file;
    }

    private static Path writeParticipants(Path folder, int a, Shape shape) throws IOException {
        Path file = file(folder, a, Dataset.HOC_VIEN);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(PARTICIPANT_HEADING + "\r\n");
            long person = 0;
            for (int c = 1; c <= shape.classes(); c++) {
                for (int p = 0; p < shape.participantsPerClass(); p++, person++) {
                    int home = 1 + (int) ((a + person) % shape.agencies());
                    out.write(code(a) + ",L" + c + "," + code(home) + "," + String.format("08%04d%06d", a % 10_000, person % 1_000_000)
                            + ",Học viên " + person + "," + RESULTS[(int) (person % RESULTS.length)] + "\r\n");
                }
            }
        }
        return file;
    }
}
