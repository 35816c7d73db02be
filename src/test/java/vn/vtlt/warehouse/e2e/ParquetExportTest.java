package vn.vtlt.warehouse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vtlt.warehouse.cli.VtltWarehouse;
import vn.vtlt.warehouse.support.Rosters;
import vn.vtlt.warehouse.support.TestCity;

/** `export --parquet`: the star schema as Parquet, facts partitioned by year, readable without the warehouse. */
class ParquetExportTest {

    @Test
    void exportsFactsPartitionedByYearAndEveryViewAndDimension(@TempDir Path root) throws Exception {
        TestCity city = new TestCity(root);
        city.put("SO-YT", "SO-YT_nhan-su_2015.csv", Rosters.rosterCsv("SO-YT", 1, 2015, 3, 1));
        city.put("SO-YT", "SO-YT_nhan-su_2016.csv", Rosters.rosterCsv("SO-YT", 1, 2016, 5, 2));
        assertThat(city.runImport()).isZero();
        Path parquet = root.resolve("parquet");

        assertThat(VtltWarehouse.execute("export", "--parquet", parquet.toString(), "--home", city.home.toString())).isZero();

        assertThat(parquet.resolve("fact_staff/snapshot_year=2015")).isDirectory();
        assertThat(parquet.resolve("fact_staff/snapshot_year=2016")).isDirectory();
        assertThat(parquet.resolve("v_staffing_summary.parquet")).isRegularFile();
        assertThat(parquet.resolve("dim_agency.parquet")).isRegularFile();
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duckdb.createStatement();
             ResultSet rows = statement.executeQuery("select snapshot_year, count(*) from read_parquet('"
                     + parquet.resolve("fact_staff/*/*.parquet") + "', hive_partitioning = true) group by all order by 1")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getLong(2)).isEqualTo(3);
            assertThat(rows.next()).isTrue();
            assertThat(rows.getLong(2)).isEqualTo(5);
        }
        assertThat(Files.list(parquet).count()).isGreaterThan(25);
    }
}
