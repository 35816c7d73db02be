package vn.vtlt.warehouse.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.vtlt.warehouse.config.UserError;
import vn.vtlt.warehouse.progress.PausePoints;
import vn.vtlt.warehouse.publish.Publisher;
import vn.vtlt.warehouse.report.Edition;
import vn.vtlt.warehouse.report.Editions;
import vn.vtlt.warehouse.warehouse.SqlScripts;
import vn.vtlt.warehouse.warehouse.Warehouse;

/**
 * {@code review publish|list}: published editions of the review (contract section 7). {@code publish} freezes the
 * review of A..B under a number and date in the warehouse, where every later import keeps it, and publishes the
 * warehouse for analysts; {@code list} shows the editions.
 */
@Command(name = "review", mixinStandardHelpOptions = true, description = "Published editions of the review: publish, list.",
        subcommands = {ReviewCommand.Publish.class, ReviewCommand.ListEditions.class},
        footerHeading = "%nExamples:%n",
        footer = {"  java -jar vtlt-warehouse.jar review publish --from 2014 --to 2016 --number 1228/SNV-CCVTLT --date 2017-03-30",
                "  java -jar vtlt-warehouse.jar review list",
                "  java -jar vtlt-warehouse.jar report --edition 1228/SNV-CCVTLT --format docx --out 1228.docx"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:failed (the message says why)", "2:an unknown option or bad value"})
public class ReviewCommand implements Runnable {

    @Override
    public void run() {
        System.out.println("review publish|list (see review --help)");
    }

    @Command(name = "publish", mixinStandardHelpOptions = true,
            description = "Freeze the review of years A..B as an edition, under its number and date.",
            footerHeading = "%nExamples:%n",
            footer = "  java -jar vtlt-warehouse.jar review publish --from 2014 --to 2016 --number 1228/SNV-CCVTLT --date 2017-05-10",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:published", "1:failed (the message says why: an import running, a number already used...)",
                    "2:an unknown option or bad value"})
    static class Publish implements Callable<Integer> {

        @Option(names = "--from", required = true, paramLabel = "A", description = "First year of the review.")
        int from;

        @Option(names = "--to", required = true, paramLabel = "B", description = "Last year of the review.")
        int to;

        @Option(names = "--number", required = true, paramLabel = "N", description = "Number and symbol, e.g. 1228/SNV-CCVTLT.")
        String number;

        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "Date it is published under.")
        LocalDate date;

        @Option(names = "--title", paramLabel = "TEXT", description = "Title (default: the review's standard title).")
        String title;

        @Option(names = "--home", paramLabel = "DIR", description = "The home folder (default $VTLT_HOME or ./data).")
        Path home;

        @Override
        public Integer call() throws Exception {
            if (number.isBlank() || from > to) {
                throw new UserError("review publish needs a number and --from not after --to");
            }
            Path homeDir = Homes.resolve(home);
            Path warehouseFile = homeDir.resolve("warehouse.duckdb");
            if (!Files.exists(warehouseFile)) {
                throw new UserError("Nothing imported yet: no " + warehouseFile + " (import, or demo, writes it; --home names another home)");
            }
            Edition edition;
            // the import's own file, read-write: DuckDB refuses while an import runs (one line says so)
            try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + warehouseFile)) {
                try (Statement statement = connection.createStatement()) {
                    // a warehouse made before editions existed gets their tables (the file is idempotent)
                    statement.execute(SqlScripts.text("sql/085_editions.sql"));
                }
                connection.setAutoCommit(false);
                try {
                    edition = Editions.publish(connection, number.strip(), from, to, date, title,
                            Instant.now().truncatedTo(ChronoUnit.SECONDS));
                    connection.commit();
                } catch (SQLException | IOException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                }
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("checkpoint");
                }
                // copied while the write lock is still held, so that no import can change the file under the copy
                Publisher.publishCopy(warehouseFile, homeDir, "edition-" + edition.frozenAt().getEpochSecond(), PausePoints.none());
            }
            System.out.printf("Published edition %s of %d-%d, dated %s; analysts see it in %s.%n", edition.number(),
                    edition.from(), edition.to(), edition.publishedOn(), homeDir.resolve(Publisher.ANALYTICS_FILE));
            System.out.printf("Regenerate it: report --edition %s [--format md|html|xlsx|csv|json|docx]%n", edition.number());
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The published editions, the latest first.")
    static class ListEditions implements Callable<Integer> {

        @Option(names = "--home", paramLabel = "DIR", description = "The home folder (default $VTLT_HOME or ./data).")
        Path home;

        @Override
        public Integer call() throws Exception {
            Path analytics = Homes.resolve(home).resolve(Publisher.ANALYTICS_FILE);
            if (!Files.exists(analytics)) {
                throw new UserError("Nothing imported yet: no " + analytics + " (import, or demo, writes it; --home names another home)");
            }
            java.util.List<Editions.Listed> editions;
            try (Connection connection = Warehouse.openReadOnly(analytics)) {
                editions = Editions.list(connection);
            }
            if (editions.isEmpty()) {
                System.out.println("No edition published yet (review publish --from A --to B --number N --date YYYY-MM-DD).");
                return 0;
            }
            System.out.printf("%-24s %-9s %-12s %-20s %8s %14s%n", "edition", "years", "published", "frozen (UTC)", "sources", "figures moved");
            for (Editions.Listed listed : editions) {
                Edition e = listed.edition();
                System.out.printf("%-24s %-9s %-12s %-20s %8d %14d%n", e.number(), e.from() + "-" + e.to(), e.publishedOn(),
                        e.frozenAt().toString().replace('T', ' ').replace("Z", ""), listed.sources(), listed.figuresMoved());
                if (e.title() != null) {
                    System.out.println("    " + e.title());
                }
            }
            return 0;
        }
    }
}
