package vn.vtlt.warehouse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vtlt.warehouse.config.VtltProperties;
import vn.vtlt.warehouse.parse.TextKey;
import vn.vtlt.warehouse.problem.Fault;

/** The warehouse as {@code sql/} builds it: documented, and in step with the Java that feeds it. */
class WarehouseSchemaTest {

    @TempDir
    static Path home;
    static Warehouse warehouse;

    @BeforeAll
    static void open() throws Exception {
        warehouse = new Warehouse(properties(home));
    }

    /** The settings of a test warehouse in this home. */
    static VtltProperties properties(Path home) {
        return new VtltProperties(home, null, null, "strict", null, null, 1,
                new VtltProperties.Load(200, 100_000), new VtltProperties.Publish(java.time.Duration.ofDays(1)),
                new VtltProperties.Schedule("0 0 2 * * *", "Asia/Ho_Chi_Minh"),
                new VtltProperties.Duckdb("256MB", 1, ""),
                new VtltProperties.Http(java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(1), 1000, 100, null, null),
                vn.vtlt.warehouse.parse.ReadLimits.DEFAULTS, new VtltProperties.JobRepository(null, "sa", "", null),
                new VtltProperties.Portal(2, null),
                new VtltProperties.Cluster(false, java.time.Duration.ofMinutes(1), java.time.Duration.ofSeconds(1),
                        java.time.Duration.ofSeconds(1), 100),
                new VtltProperties.Calendar(new VtltProperties.Calendar.Deadlines("01-15", "01-31", "01-31"), null,
                        java.util.List.of(14, 3), 7, java.time.ZoneId.of("Asia/Ho_Chi_Minh"), null),
                new VtltProperties.Mail("vtlt-warehouse@localhost", null, false), false, new VtltProperties.Test(""));
    }

    @AfterAll
    static void close() throws Exception {
        warehouse.close();
    }

    private static List<String> strings(String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Statement statement = warehouse.connection().createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    @Test
    void everyTableViewAndColumnCarriesAComment() throws Exception {
        assertThat(strings("select table_name from duckdb_tables() where comment is null")).isEmpty();
        assertThat(strings("select view_name from duckdb_views() where not internal and comment is null")).isEmpty();
        assertThat(strings("""
                select table_name || '.' || column_name from duckdb_columns()
                where comment is null and table_name in (select table_name from duckdb_tables())""")).isEmpty();
        assertThat(strings("""
                select table_name || '.' || column_name from duckdb_columns()
                where comment is null and table_name in ('v_staffing_summary', 'v_training_summary',
                                                         'v_funding_summary', 'v_submission_status')""")).isEmpty();
    }

    @Test
    void hasTheFourContractViewsWithExactlyTheirColumns() throws Exception {
        assertThat(strings("select column_name from duckdb_columns() where table_name = 'v_staffing_summary' order by column_index"))
                .containsExactly("snapshot_year", "total_staff", "vtlt_qualified", "qualified_pct");
        assertThat(strings("select column_name from duckdb_columns() where table_name = 'v_training_summary' order by column_index"))
                .containsExactly("year", "category", "level", "classes", "participations");
        assertThat(strings("select column_name from duckdb_columns() where table_name = 'v_funding_summary' order by column_index"))
                .containsExactly("year", "funding_source", "amount_vnd");
        assertThat(strings("select column_name from duckdb_columns() where table_name = 'v_submission_status' order by column_index"))
                .containsExactly("agency_code", "dataset", "year", "status", "received_at", "rows_loaded", "rows_rejected");
    }

    @Test
    void hasTheCalendarsContractViewsWithExactlyTheirColumnsEachCommented() throws Exception {
        assertThat(strings("select column_name from duckdb_columns() where table_name = 'v_submission_timeliness' order by column_index"))
                .containsExactly("agency_code", "dataset", "year", "deadline", "first_received_at", "accepted_at", "timeliness");
        assertThat(strings("select column_name from duckdb_columns() where table_name = 'v_reporting_rate' order by column_index"))
                .containsExactly("year", "dataset", "agency_type", "district", "expected", "accepted", "on_time", "late",
                        "missing", "reporting_rate_pct", "on_time_pct");
        assertThat(strings("""
                select table_name || '.' || column_name from duckdb_columns()
                where comment is null and table_name in ('v_submission_timeliness', 'v_reporting_rate',
                                                         'v_reporting_year', 'v_agency_at_year_end')""")).isEmpty();
    }

    @Test
    void hasAMessageInBothLanguagesForEveryFaultTheCodeReports() throws Exception {
        assertThat(strings("select fault_code from ref_fault order by 1"))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Fault.values()).map(Enum::name).toList());
    }

    @Test
    void foldsTextInSqlExactlyAsJavaDoes() throws Exception {
        for (String text : List.of("Văn thư - Lưu trữ", "ĐẠI HỌC", "Thuỷ", "Ủy ban", "Chưa qua đào tạo", "Nghiệp  vụ", "ThS.")) {
            try (PreparedStatement statement = warehouse.connection().prepareStatement("select fold_key(?)")) {
                statement.setString(1, text);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    assertThat(rows.getString(1)).as(text).isEqualTo(TextKey.fold(text));
                }
            }
        }
    }

    @Test
    void runsItsFilesAgainWithoutChange() throws Exception {
        List<String> before = strings("select code from ref_alias order by all");
        for (String script : SqlScripts.numbered()) {
            warehouse.execute(script);
        }
        assertThat(strings("select code from ref_alias order by all")).isEqualTo(before).isNotEmpty();
    }

    @Test
    void aStartSkipsTheNumberedFilesOnlyWhileWhatTheyLeftIsIntact(@TempDir Path other) throws Exception {
        // given: a warehouse built by these files, its record of when marked so that a rerun of them would show
        try (Warehouse built = new Warehouse(properties(other)); Statement mark = built.connection().createStatement()) {
            mark.execute("update meta_schema_version set applied_at = timestamp '2000-01-01'");
        }
        // when: started again unchanged
        try (Warehouse again = new Warehouse(properties(other))) {
            // then: the files were not run
            assertThat(scalar(again, "select applied_at::varchar from meta_schema_version")).isEqualTo("2000-01-01 00:00:00");
            // given: a jar from before the fingerprint starts on it: an older view and older reference rows, no record
            try (Statement older = again.connection().createStatement()) {
                older.execute("create or replace view v_staffing_summary as select 1 as snapshot_year");
                older.execute("delete from ref_fault where fault_code = 'RESOURCE_LIMIT'");
            }
        }
        // when: this jar starts again
        try (Warehouse newer = new Warehouse(properties(other))) {
            // then: the files ran again and put back what they own
            assertThat(scalar(newer, "select applied_at::varchar from meta_schema_version")).isNotEqualTo("2000-01-01 00:00:00");
            assertThat(scalar(newer, "select count(*)::varchar from ref_fault where fault_code = 'RESOURCE_LIMIT'")).isEqualTo("1");
            assertThat(scalar(newer, "select count(*)::varchar from duckdb_columns() where table_name = 'v_staffing_summary'"))
                    .isEqualTo("4");
        }
    }

    private static String scalar(Warehouse warehouse, String sql) throws Exception {
        try (Statement statement = warehouse.connection().createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
