package vn.vtlt.warehouse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vtlt.warehouse.demo.LegacyEncodings;
import vn.vtlt.warehouse.support.Rosters;
import vn.vtlt.warehouse.support.TestCity;

/**
 * The facts' row groups as the runs leave them in the file ({@code Warehouse.checkpoint}): a run that only adds rows
 * does not rewrite the row groups earlier runs wrote (DuckDB's checkpoint would merge partly filled ones, writing
 * them again), and a run that replaces a submission reclaims its deleted rows from the row group they shared.
 */
class RowGroupsTest {

    private static final String ROW_GROUPS = "select row_group_id, max(count) as row_count from pragma_storage_info('fact_staff') "
            + "where column_name = 'person_key' group by all order by 1";

    @Test
    void aRunThatOnlyAddsRowsLeavesEarlierRowGroupsAsTheyWereAndOneThatReplacesASubmissionReclaimsItsRows(@TempDir Path root) {
        // given SO-YT's and Q-774's rosters loaded together, in one row group
        TestCity city = new TestCity(root);
        city.put("SO-YT", "SO-YT_nhan-su_2016.csv", Rosters.rosterCsv("SO-YT", 1, 2016, 3, 1));
        city.put("Q-774", "Q-774_nhan-su_2016.csv", Rosters.rosterCsv("Q-774", 2, 2016, 4, 1));
        assertThat(city.runImport()).isZero();
        assertThat(city.query(ROW_GROUPS)).containsExactly(List.of(0L, 7L));

        // when a later run adds Q-760's roster
        city.put("Q-760", "Q-760_nhan-su_2016.csv", Rosters.rosterCsv("Q-760", 3, 2016, 5, 1));
        assertThat(city.runImport()).isZero();

        // then its rows are a row group of their own: the first one was not merged with it (written again)
        assertThat(city.query(ROW_GROUPS)).containsExactly(List.of(0L, 7L), List.of(1L, 5L));

        // when SO-YT sends a corrected roster of 6, which replaces its 3 rows in the row group it shares with Q-774
        city.put("SO-YT", "SO-YT_nhan-su_2016_bo-sung.csv", Rosters.rosterCsv("SO-YT", 4, 2016, 6, 1)
                .bytes(LegacyEncodings.UTF8), Instant.now().plusSeconds(60));
        assertThat(city.runImport()).isZero();

        // then the file holds the 15 current rows and no deleted one
        assertThat(city.count("select count(*) from fact_staff")).isEqualTo(15);
        assertThat(city.count("select sum(row_count) from (" + ROW_GROUPS + ")")).isEqualTo(15);
    }
}
