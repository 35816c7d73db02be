package vn.vtlt.warehouse.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vtlt.warehouse.support.Rosters;
import vn.vtlt.warehouse.support.TestCity;

/**
 * The warehouse file opens read-only in a DuckDB client other than the job: DuckDB 1.4's Node client
 * (@duckdb/node-api 1.4.4), which .ci/run installs and names in VTLT_DUCKDB_NODE. It reads the views, and a write
 * through it is refused.
 */
class OtherClientTest {

    @Test
    void duckdb14NodeClientReadsTheWarehouseAndCannotWriteIt(@TempDir Path root) throws Exception {
        String client = System.getenv("VTLT_DUCKDB_NODE");
        assumeTrue(client != null && Files.isDirectory(Path.of(client, "node_modules", "@duckdb", "node-api")),
                "VTLT_DUCKDB_NODE names no folder with @duckdb/node-api (.ci/run installs one)");
        TestCity city = new TestCity(root);
        city.put("SO-YT", "SO-YT_nhan-su_2016.csv", Rosters.rosterCsv("SO-YT", 1, 2016, 4, 3));
        assertThat(city.runImport()).isZero();
        Path script = Files.copy(Path.of("src/test/resources/duckdb-client/read-only.mjs"), Path.of(client, "read-only.mjs"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Process node = new ProcessBuilder("node", script.toString(), city.home.resolve("warehouse.duckdb").toString())
                .redirectErrorStream(true).start();
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();

        assertThat(node.exitValue()).as(output).isZero();
        JsonNode json = new ObjectMapper().readTree(output.lines().reduce((a, b) -> b).orElseThrow());
        assertThat(json.get("version").asText()).startsWith("v1.4");
        assertThat(json.at("/staffing/0/total_staff").asText()).isEqualTo("4");
        assertThat(json.at("/staffing/0/qualified_pct").asText()).isEqualTo("75.00");
        assertThat(json.get("write").asText()).isEqualTo("refused");
    }
}
