package vn.vtlt.warehouse.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The floor: DuckDB's own {@code read_csv} of the same files into equivalent typed tables, without validation,
 * number and date conversions done in SQL, in a fresh database file with the warehouse's memory and thread limits.
 */
final class DuckDbFloor {

    private DuckDbFloor() {
    }

    /** Loads the set; returns the seconds it took (connection opening included). */
    static double load(BenchData.Written set, Path databaseFile, String memoryLimit, int threads) throws SQLException {
        long started = System.nanoTime();
        Properties settings = new Properties();
        settings.setProperty("memory_limit", memoryLimit);
        settings.setProperty("threads", Integer.toString(threads));
        settings.setProperty("autoinstall_known_extensions", "false");
        settings.setProperty("preserve_insertion_order", "false");
        settings.setProperty("temp_directory", databaseFile.toAbsolutePath() + ".tmp");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + databaseFile.toAbsolutePath(), settings);
             Statement statement = connection.createStatement()) {
            if (!set.rosterFiles().isEmpty()) {
                statement.execute("create or replace table floor_staff as select \"Mã cơ quan\" as agency_code, "
                        + "cast(\"Năm báo cáo\" as integer) as report_year, \"Số định danh\" as person_id, "
                        + "cast(\"Năm sinh\" as integer) as birth_year, \"Giới tính\" as gender, \"Vị trí việc làm\" as job_position, "
                        + "\"Chế độ\" as employment, \"Trình độ\" as education_level, \"Chuyên ngành\" as major "
                        + "from read_csv(" + list(set.rosterFiles()) + ", header = true, all_varchar = true)");
            }
            if (!set.trainingFiles().isEmpty()) {
                statement.execute("create or replace table floor_training as select \"Mã cơ quan\" as agency_code, "
                        + "\"Mã lớp\" as class_code, \"Tên lớp\" as class_name, \"Loại hình\" as category, \"Trình độ\" as level, "
                        + "strptime(\"Ngày bắt đầu\", '%d/%m/%Y')::date as start_date, strptime(\"Ngày kết thúc\", '%d/%m/%Y')::date as end_date, "
                        + "cast(\"Số lớp\" as integer) as class_count, cast(\"Số lượt học viên\" as integer) as participations, "
                        + "cast(replace(\"Kinh phí NS thành phố\", '.', '') as bigint) as funding_city, "
                        + "cast(replace(\"Kinh phí cơ quan\", '.', '') as bigint) as funding_agency "
                        + "from read_csv(" + list(set.trainingFiles()) + ", header = true, all_varchar = true)");
            }
            if (!set.participantFiles().isEmpty()) {
                statement.execute("create or replace table floor_participation as select \"Mã cơ quan\" as organiser_code, "
                        + "\"Mã lớp\" as class_code, \"Mã cơ quan học viên\" as participant_agency_code, "
                        + "\"Số định danh\" as person_id, \"Kết quả\" as result "
                        + "from read_csv(" + list(set.participantFiles()) + ", header = true, all_varchar = true)");
            }
            statement.execute("checkpoint");
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private static String list(List<Path> files) {
        return files.stream().map(file -> "'" + file.toAbsolutePath().toString().replace("'", "''") + "'")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    static void delete(Path databaseFile) throws java.io.IOException {
        Files.deleteIfExists(databaseFile);
        Files.deleteIfExists(Path.of(databaseFile + ".wal"));
    }
}
