package vn.vtlt.warehouse.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.vtlt.warehouse.config.UserError;
import vn.vtlt.warehouse.publish.Publisher;
import vn.vtlt.warehouse.report.Language;
import vn.vtlt.warehouse.report.ReportFormat;
import vn.vtlt.warehouse.report.Review;
import vn.vtlt.warehouse.report.ReviewQuery;

/**
 * {@code report}: the review statistics for years A..B (contract section 7), read from the warehouse opened
 * read-only, so it runs beside analysts and never blocks them.
 */
@Command(name = "report", mixinStandardHelpOptions = true, description = "The review statistics for years A..B.",
        footerHeading = "%nExamples:%n",
        footer = {"  java -jar vtlt-warehouse.jar report --from 2014 --to 2016",
                "  java -jar vtlt-warehouse.jar report --from 2014 --to 2016 --format xlsx --out review.xlsx --compare published.csv"},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:written", "1:failed (the message says why)", "2:an unknown option or bad value"})
public class ReportCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, paramLabel = "A", description = "First year of the review.")
    private int from;

    @Option(names = "--to", required = true, paramLabel = "B", description = "Last year of the review.")
    private int to;

    @Option(names = "--format", defaultValue = "md", paramLabel = "md|html|xlsx|csv|json", description = "Output format (default md).")
    private ReportFormat format;

    @Option(names = "--lang", defaultValue = "vi", paramLabel = "vi|en", description = "Language (default vi).")
    private Language language;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write (default: standard output).")
    private Path out;

    @Option(names = "--compare", paramLabel = "FILE", description = "Published figures (CSV: figure,value) to reconcile with.")
    private Path compare;

    @Option(names = "--home", paramLabel = "DIR", description = "The home folder (default $VTLT_HOME or ./data).")
    private Path home;

    @Override
    public Integer call() throws Exception {
        Path analytics = Homes.resolve(home).resolve(Publisher.ANALYTICS_FILE);
        if (!Files.exists(analytics)) {
            throw new UserError("Nothing imported yet: no " + analytics + " (import, or demo, writes it; --home names another home)");
        }
        Review review = ReviewQuery.read(analytics, from, to, compare);
        if (out == null) {
            format.write(review, language, System.out);
            System.out.flush();
        } else {
            try (OutputStream file = Files.newOutputStream(out)) {
                format.write(review, language, file);
            }
        }
        return 0;
    }
}
