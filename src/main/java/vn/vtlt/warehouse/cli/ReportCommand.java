package vn.vtlt.warehouse.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.vtlt.warehouse.publish.Publisher;
import vn.vtlt.warehouse.report.Language;
import vn.vtlt.warehouse.report.ReportFormat;
import vn.vtlt.warehouse.report.Review;
import vn.vtlt.warehouse.report.ReviewQuery;

/**
 * {@code report}: the review statistics for years A..B (contract section 7), read from the warehouse opened
 * read-only, so it runs beside analysts and never blocks them.
 */
@Command(name = "report", mixinStandardHelpOptions = true, description = "The review statistics for years A..B.")
public class ReportCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, paramLabel = "A", description = "First year of the review.")
    private int from;

    @Option(names = "--to", required = true, paramLabel = "B", description = "Last year of the review.")
    private int to;

    @Option(names = "--format", defaultValue = "md", paramLabel = "md|html|xlsx|csv|json", description = "Output format (default md).")
    private String format;

    @Option(names = "--lang", defaultValue = "vi", paramLabel = "vi|en", description = "Language (default vi).")
    private String language;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write (default: standard output).")
    private Path out;

    @Option(names = "--compare", paramLabel = "FILE", description = "Published figures (CSV: figure,value) to reconcile with.")
    private Path compare;

    @Option(names = "--home", paramLabel = "DIR", description = "The home folder (default $VTLT_HOME or ./data).")
    private Path home;

    @Override
    public Integer call() throws Exception {
        Review review = ReviewQuery.read(Homes.resolve(home).resolve(Publisher.ANALYTICS_FILE), from, to, compare);
        ReportFormat reportFormat = ReportFormat.of(format);
        if (out == null) {
            reportFormat.write(review, Language.of(language), System.out);
            System.out.flush();
        } else {
            try (OutputStream file = Files.newOutputStream(out)) {
                reportFormat.write(review, Language.of(language), file);
            }
        }
        return 0;
    }
}
