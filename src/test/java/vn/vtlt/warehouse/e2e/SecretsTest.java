package vn.vtlt.warehouse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vtlt.warehouse.config.PersonKeys;
import vn.vtlt.warehouse.support.ImportProcess;
import vn.vtlt.warehouse.support.Rosters;
import vn.vtlt.warehouse.support.TestCity;

/** The person-ID key comes from a file readable by its owner only, or the environment; it is never printed. */
class SecretsTest {

    private static final String KEY = "k3y-of-the-department-0123456789-abcdef";

    @Test
    void refusesAKeyFileOthersCanReadAndUsesAnOwnerOnlyOneWithoutPrintingIt(@TempDir Path root) throws Exception {
        TestCity city = new TestCity(root);
        city.put("SO-YT", "SO-YT_nhan-su_2016.csv", Rosters.rosterCsv("SO-YT", 1, 2016, 2, 1));
        Path keyFile = Files.writeString(root.resolve("person-key"), KEY + "\n");

        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r--r--"));
        ImportProcess exposed = ImportProcess.start(city, "--person-key-file", keyFile.toString());
        assertThat(exposed.waitFor()).isNotZero();
        assertThat(exposed.output()).contains("is readable by others").contains("chmod 600");

        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        ImportProcess owned = ImportProcess.start(city, "--person-key-file", keyFile.toString());
        assertThat(owned.waitFor()).as(owned.output()).isZero();
        assertThat(owned.output()).doesNotContain(KEY).doesNotContain("DEMO key");
        assertThat(city.count("select count(*) from fact_staff")).isEqualTo(2);

        // the same IDs under another key give other person keys: the key really keys them
        TestCity demo = city.withHome(root.resolve("demo-home"));
        assertThat(demo.runImport()).isZero();
        List<List<Object>> keyed = city.query("select person_key from fact_staff order by 1");
        assertThat(demo.query("select person_key from fact_staff order by 1")).hasSize(2).doesNotContainAnyElementsOf(keyed);
    }

    @Test
    void aRealRunRefusesToStartWithoutAKeyOrWithTheDemoKey(@TempDir Path root) {
        TestCity city = new TestCity(root);
        city.put("SO-YT", "SO-YT_nhan-su_2016.csv", Rosters.rosterCsv("SO-YT", 1, 2016, 2, 1));

        ImportProcess noKey = ImportProcess.startWithoutKey(city);
        assertThat(noKey.waitFor()).isEqualTo(1);
        assertThat(noKey.output()).contains("No person key configured");
        ImportProcess demoKey = ImportProcess.startWithoutKey(city, "--vtlt.person-key=" + PersonKeys.DEMO_KEY);
        assertThat(demoKey.waitFor()).isEqualTo(1);
        assertThat(demoKey.output()).contains("is the built-in demo key");

        // nothing was received or loaded
        assertThat(city.home.resolve("archive")).doesNotExist();
    }
}
