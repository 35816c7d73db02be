package vn.vtlt.warehouse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vtlt.warehouse.cli.VtltWarehouse;
import vn.vtlt.warehouse.support.TestCity;

/** The example import job of jobs/example.yml: every option from the configuration file. */
class ExampleJobTest {

    @Test
    void runsTheExampleJobFromItsConfigurationFile(@TempDir Path root) {
        Path home = root.resolve("home");

        int exit = VtltWarehouse.execute("import", "--spring.config.additional-location=file:jobs/example.yml",
                "--home", home.toString(), TestCity.PERSON_KEY_OPTION);

        assertThat(exit).isZero();
        TestCity warehouse = new TestCity(root).withHome(home);
        assertThat(warehouse.query("select * from v_staffing_summary"))
                .containsExactly(List.of(2016L, 5L, 3L, new BigDecimal("60.00")));
        assertThat(warehouse.query("select category, level, classes, participations from v_training_summary"))
                .containsExactly(List.of("BOI_DUONG", "SO_CAP", 1L, 2L), Arrays.asList("TAP_HUAN", null, 1L, 150L));
        assertThat(warehouse.query("select status, count(*) from v_submission_status group by all order by 1"))
                .containsExactly(List.of("ACCEPTED", 4L), List.of("MISSING", 1L));
    }
}
