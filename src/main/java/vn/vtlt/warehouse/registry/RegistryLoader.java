package vn.vtlt.warehouse.registry;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.vtlt.warehouse.config.VtltProperties;
import vn.vtlt.warehouse.parse.DelimitedFile;
import vn.vtlt.warehouse.parse.EncodingDetector;
import vn.vtlt.warehouse.parse.Heading;
import vn.vtlt.warehouse.parse.ReadBudget;
import vn.vtlt.warehouse.parse.ReadLimits;
import vn.vtlt.warehouse.parse.TableLayout;
import vn.vtlt.warehouse.parse.VnDates;
import vn.vtlt.warehouse.problem.FileFault;
import vn.vtlt.warehouse.validate.RowContext;
import vn.vtlt.warehouse.warehouse.SqlScripts;
import vn.vtlt.warehouse.warehouse.Warehouse;

/**
 * Loads the agency registry ({@code agencies.csv}, contract section 4) into {@code dim_agency}. A registry with any
 * fault changes nothing and fails the run: every submission is checked against it, so a wrong registry must not
 * be half-applied.
 */
@Component
public class RegistryLoader {

    private static final Logger log = LoggerFactory.getLogger(RegistryLoader.class);
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s;,<>\"]+@[^@\\s;,<>\"]+\\.[^@\\s;,<>\"]+");
    private static final List<Heading> HEADINGS = List.of(
            new Heading("code", "Mã cơ quan", true),
            new Heading("name", "Tên cơ quan", true),
            new Heading("agency_type", "Loại cơ quan", true),
            new Heading("district", "Quận huyện", false),
            new Heading("parent_code", "Mã cơ quan cấp trên", false),
            new Heading("valid_from", "Hiệu lực từ", false),
            new Heading("valid_to", "Hiệu lực đến", false),
            new Heading("source", "Nguồn", false),
            new Heading("email", "Thư điện tử", false));

    private final Warehouse warehouse;
    private final VtltProperties properties;

    public RegistryLoader(Warehouse warehouse, VtltProperties properties) {
        this.warehouse = warehouse;
        this.properties = properties;
    }

    /** Reads, checks and merges the registry; returns the number of rows read. */
    public int load(Path registry) throws IOException {
        Path staged = properties.workDir().resolve("registry.csv");
        Files.createDirectories(staged.getParent());
        int rows = stage(registry, staged, properties.limits());
        warehouse.inTransaction(connection -> {
            stageAndCheck(registry, staged, warehouse);
            warehouse.execute("sql/registry/merge.sql");
            return null;
        });
        log.info("Registry {}: {} agency rows", registry.getFileName(), rows);
        return rows;
    }

    /**
     * Reads and checks a registry as {@link #load} does, in a scratch warehouse ({@code check}): changes nothing
     * anywhere; returns the number of agency rows, or fails with every fault found.
     */
    public static int check(Path registry, Warehouse scratch, Path staged, ReadLimits limits) throws IOException {
        int rows = stage(registry, staged, limits);
        scratch.inTransaction(connection -> {
            stageAndCheck(registry, staged, scratch);
            return null;
        });
        return rows;
    }

    /** The staged rows into {@code stg_registry}, checked against reference data; fails with the faults found. */
    private static void stageAndCheck(Path registry, Path staged, Warehouse into) throws java.sql.SQLException {
        List<String> faults = new ArrayList<>();
        into.setVariable("registry_rows_file", staged.toAbsolutePath().toString());
        into.execute("sql/registry/stage.sql");
        try (Statement statement = into.connection().createStatement();
             ResultSet problems = statement.executeQuery(SqlScripts.text("sql/registry/check.sql"))) {
            while (problems.next()) {
                faults.add(describe(registry, problems.getLong(1), problems.getString(2), problems.getString(3),
                        problems.getString(4)));
            }
        }
        if (!faults.isEmpty()) {
            throw new RegistryException(registry, faults);
        }
    }

    /** Reads the registry into a staging CSV with the checks that need no reference data; fails with the faults found. */
    private static int stage(Path registry, Path staged, ReadLimits limits) throws IOException {
        List<String> faults = new ArrayList<>();
        int[] rows = {0};
        try (Writer out = Files.newBufferedWriter(staged, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            printer.printRecord("line_no", "code", "name", "agency_type", "district", "parent_code", "valid_from",
                    "valid_to", "source", "email");
            DelimitedFile table = new DelimitedFile(registry, EncodingDetector.detect(registry),
                    new ReadBudget(limits));
            TableLayout layout = table.layout(HEADINGS);
            table.forEachRow(layout, (lineNo, cells) -> {
                if (cells.stream().allMatch(String::isBlank)) {
                    return;
                }
                rows[0]++;
                RowContext row = new RowContext(lineNo, cells, layout.columnIndex());
                String code = row.text("code");
                String name = row.text("name");
                String source = row.text("source");
                if (!CODE.matcher(code).matches()) {
                    faults.add(describe(registry, lineNo, "code", code, "letters, digits and - / chữ, số và dấu -"));
                }
                if (name.isEmpty()) {
                    faults.add(describe(registry, lineNo, "name", "", "not empty / không để trống"));
                }
                if (!source.isEmpty() && !source.startsWith("http://") && !source.startsWith("https://")) {
                    faults.add(describe(registry, lineNo, "source", source, "empty or an http(s) URL"));
                }
                String email = emails(registry, row, faults);
                LocalDate from = optionalDate(registry, row, "valid_from", faults);
                LocalDate to = optionalDate(registry, row, "valid_to", faults);
                try {
                    printer.printRecord(lineNo, code.toUpperCase(java.util.Locale.ROOT), name, row.text("agency_type"),
                            row.text("district"), row.text("parent_code").toUpperCase(java.util.Locale.ROOT), from, to,
                            source, email);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (FileFault fault) {
            throw new RegistryException(registry, List.of(fault.fault() + ": " + fault.detail()));
        }
        if (!faults.isEmpty()) {
            throw new RegistryException(registry, faults);
        }
        return rows[0];
    }

    /** The optional addresses of notices, separated by {@code ;} (contract section 4), normalised to "a;b". */
    private static String emails(Path registry, RowContext row, List<String> faults) {
        List<String> addresses = new ArrayList<>();
        for (String address : row.text("email").split(";")) {
            String trimmed = address.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (!EMAIL.matcher(trimmed).matches()) {
                faults.add(describe(registry, row.lineNo(), "email", trimmed,
                        "e-mail addresses separated by ; / các địa chỉ thư điện tử cách nhau bởi dấu ;"));
            }
            addresses.add(trimmed);
        }
        return String.join(";", addresses);
    }

    private static LocalDate optionalDate(Path registry, RowContext row, String column, List<String> faults) {
        String value = row.text(column);
        if (value.isEmpty()) {
            return null;
        }
        LocalDate date = VnDates.parse(value).orElse(null);
        if (date == null) {
            faults.add(describe(registry, row.lineNo(), column, value, VnDates.EXPECTED));
        }
        return date;
    }

    private static String describe(Path registry, long lineNo, String column, String value, String expected) {
        return registry.getFileName() + " line " + lineNo + ", column " + column + ": '" + value + "', expected "
                + expected;
    }

    /** The registry cannot be used; the run stops before anything is received. */
    public static class RegistryException extends vn.vtlt.warehouse.config.UserError {
        public RegistryException(Path registry, List<String> faults) {
            super("The registry " + registry + " has faults; nothing was changed:\n  " + String.join("\n  ", faults));
        }
    }
}
