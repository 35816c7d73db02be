package vn.vtlt.warehouse.support;

import vn.vtlt.warehouse.demo.LegacyEncodings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import vn.vtlt.warehouse.cli.VtltWarehouse;
import vn.vtlt.warehouse.warehouse.Warehouse;

/**
 * A small city for end-to-end tests: a registry, an inbox of agency folders and a home folder, the real
 * {@code import} command run on them, and read-only queries on the real DuckDB file afterwards.
 */
public final class TestCity {

    /** The person key of test runs (a real run refuses to start without one). */
    public static final String PERSON_KEY = "a-test-person-key-0123456789abcdef";
    public static final String PERSON_KEY_OPTION = "--vtlt.person-key=" + PERSON_KEY;

    public static final String REGISTRY_HEADER = "code,name,agency_type,district,parent_code,valid_from,valid_to,source";

    public final Path home;
    public final Path inbox;
    public final Path registry;
    private final List<String> agencies = new ArrayList<>(List.of(
            "SNV-CCVTLT,Chi cục Văn thư - Lưu trữ,CHI_CUC,,,2000-01-01,,",
            "SO-YT,Sở Y tế,SO_NGANH,,,2000-01-01,,",
            "Q-774,UBND Quận 8,QUAN_HUYEN,Quận 8,,2000-01-01,,",
            "Q-760,UBND Quận 1,QUAN_HUYEN,Quận 1,,2000-01-01,,",
            "SO-CU,Sở đã giải thể,SO_NGANH,,,2000-01-01,2014-12-31,"));
    private long clock = Instant.parse("2017-01-10T08:00:00Z").getEpochSecond();

    public TestCity(Path root) {
        this.home = root.resolve("home");
        this.inbox = root.resolve("inbox");
        this.registry = root.resolve("agencies.csv");
        writeRegistry();
    }

    private TestCity(TestCity sources, Path home) {
        this.home = home;
        this.inbox = sources.inbox;
        this.registry = sources.registry;
    }

    /** The same registry and inbox imported into another home folder. */
    public TestCity withHome(Path otherHome) {
        return new TestCity(this, otherHome);
    }

    /** Adds a registry row (written before the next run). */
    public TestCity agency(String csvRow) {
        agencies.add(csvRow);
        writeRegistry();
        return this;
    }

    public void writeRegistry() {
        try {
            Files.createDirectories(inbox);
            Files.writeString(registry, REGISTRY_HEADER + "\n" + String.join("\n", agencies) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts a file in an agency's folder, each later file with a later modification time. */
    public Path put(String agency, String fileName, byte[] content) {
        clock += 3600;
        return put(agency, fileName, content, Instant.ofEpochSecond(clock));
    }

    public Path put(String agency, String fileName, byte[] content, Instant modified) {
        try {
            Path file = Files.createDirectories(inbox.resolve(agency)).resolve(fileName);
            Files.write(file, content);
            Files.setLastModifiedTime(file, FileTime.from(modified));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path put(String agency, String fileName, Csv csv) {
        return put(agency, fileName, csv.bytes(LegacyEncodings.UTF8));
    }

    /** Runs the real {@code import} command in this JVM; returns its exit code. */
    public int runImport(String... options) {
        List<String> arguments = new ArrayList<>(List.of("import", "--registry", registry.toString(),
                "--inbox", inbox.toString(), "--home", home.toString(), PERSON_KEY_OPTION));
        arguments.addAll(Arrays.asList(options));
        return VtltWarehouse.execute(arguments.toArray(String[]::new));
    }

    /** Rows of a query on the warehouse the import writes, opened read-only once the import is over. */
    public List<List<Object>> query(String sql) {
        return query(home.resolve("warehouse.duckdb"), sql);
    }

    /** Rows of a query on the analysts' file, as an analyst would run it. */
    public List<List<Object>> analytics(String sql) {
        return query(home.resolve("analytics.duckdb"), sql);
    }

    private static List<List<Object>> query(Path file, String sql) {
        try (Connection connection = Warehouse.openReadOnly(file);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<List<Object>> result = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(normalise(rows.getObject(i)));
                }
                result.add(row);
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Whole numbers as Long whatever their SQL type, so that tests compare values, not JDBC classes. */
    private static Object normalise(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof java.math.BigInteger) {
            return ((Number) value).longValue();
        }
        return value;
    }

    public long count(String sql) {
        return ((Number) query(sql).get(0).get(0)).longValue();
    }

    public String status(String agency, String dataset, int year) {
        List<List<Object>> rows = query("select status from v_submission_status where agency_code = '" + agency
                + "' and dataset = '" + dataset + "' and year = " + year);
        return rows.isEmpty() ? null : (String) rows.get(0).get(0);
    }

    /** The agency's feedback file of the latest run that wrote one, "vi" or "en". */
    public String feedback(String agency, String language) {
        String name = agency + "." + language + ".md";
        try (Stream<Path> runs = Files.list(home.resolve("feedback"))) {
            Path latest = runs.filter(run -> Files.exists(run.resolve(name)))
                    .max((a, b) -> Long.compare(runNumber(a), runNumber(b))).orElseThrow();
            return Files.readString(latest.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String log() {
        try {
            return Files.readString(home.resolve("logs/vtlt-warehouse.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long runNumber(Path runFolder) {
        return Long.parseLong(runFolder.getFileName().toString().substring("run-".length()));
    }
}
