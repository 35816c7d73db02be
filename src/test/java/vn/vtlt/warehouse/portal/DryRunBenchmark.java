package vn.vtlt.warehouse.portal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import vn.vtlt.warehouse.demo.LegacyEncodings;
import vn.vtlt.warehouse.support.Portal;
import vn.vtlt.warehouse.support.Rosters;
import vn.vtlt.warehouse.support.TestCity;

/**
 * How long an agency waits for the dry run of a 5,000-row roster: the whole {@code POST /api/v1/submissions}
 * through the real portal (upload, dry run, answer), after warming up. Not a test: run it with
 * {@code java -cp target/test-classes:target/classes:<test classpath> vn.vtlt.warehouse.portal.DryRunBenchmark [runs]}.
 */
public final class DryRunBenchmark {

    private DryRunBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path root = Files.createTempDirectory("dry-run-bench");
        TestCity city = new TestCity(root);
        city.put("SO-YT", "SO-YT_nhan-su_2015.csv", Rosters.rosterCsv("SO-YT", 1, 2015, 100, 40));
        if (city.runImport() != 0) {
            throw new IllegalStateException("the import failed");
        }
        byte[] roster = Rosters.rosterCsv("SO-YT", 2, 2016, 5_000, 2_000).bytes(LegacyEncodings.UTF8);
        try (Portal portal = Portal.start(city)) {
            String token = portal.token("SO-YT", "bench", false);
            for (int i = 0; i < 3; i++) {
                portal.upload(token, "SO-YT_nhan-su_2016.csv", roster);
            }
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long started = System.nanoTime();
                int status = portal.upload(token, "SO-YT_nhan-su_2016.csv", roster).statusCode();
                millis.add((System.nanoTime() - started) / 1_000_000);
                if (status != 201) {
                    throw new IllegalStateException("HTTP " + status);
                }
            }
            Collections.sort(millis);
            System.out.printf("Dry run of a 5,000-row roster (%d bytes) through POST /api/v1/submissions, %d runs: "
                    + "median %d ms, min %d ms, max %d ms%n", roster.length, runs, millis.get(runs / 2), millis.get(0),
                    millis.get(runs - 1));
        }
    }
}
