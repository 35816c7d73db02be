package vn.vtlt.warehouse.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.vtlt.warehouse.publish.Publisher;
import vn.vtlt.warehouse.warehouse.SqlScripts;
import vn.vtlt.warehouse.warehouse.Warehouse;

/**
 * {@code export --parquet DIR}: the analysts' file as Parquet, for tools that do not read DuckDB: one folder per
 * fact table partitioned by year ({@code fact_staff/snapshot_year=2016/...}), one file per dimension, audit table
 * and view. Reads the analysts' file read-only.
 */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export the star schema as Parquet, facts partitioned by year.",
        footerHeading = "%nExample:%n", footer = "  java -jar vtlt-warehouse.jar export --parquet /srv/vtlt/parquet --home /srv/vtlt/home",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:written", "1:nothing imported yet, or failed", "2:an unknown option"})
public class ExportCommand implements Callable<Integer> {

    @Option(names = "--parquet", required = true, paramLabel = "DIR", description = "Folder to write.")
    private Path target;

    @Option(names = "--home", paramLabel = "DIR", description = "The home folder (default $VTLT_HOME or ./data).")
    private Path home;

    @Override
    public Integer call() throws Exception {
        Path analytics = Homes.resolve(home).resolve(Publisher.ANALYTICS_FILE);
        if (!Files.exists(analytics)) {
            System.out.println("Nothing imported yet: no " + analytics);
            return 1;
        }
        Files.createDirectories(target);
        try (Connection connection = Warehouse.openReadOnly(analytics);
             Statement statement = connection.createStatement()) {
            List<String[]> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(SqlScripts.text("sql/export/tables.sql"))) {
                while (rows.next()) {
                    tables.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
            for (String[] table : tables) {
                String name = table[0];
                String destination = target.toAbsolutePath().resolve(table[1] == null ? name + ".parquet" : name).toString()
                        .replace("'", "''");
                statement.execute(table[1] == null
                        ? "copy \"" + name + "\" to '" + destination + "' (format parquet)"
                        : "copy \"" + name + "\" to '" + destination + "' (format parquet, partition_by (\"" + table[1]
                                + "\"), overwrite_or_ignore)");
            }
            System.out.printf("Exported %d tables and views to %s%n", tables.size(), target.toAbsolutePath());
        }
        return 0;
    }
}
