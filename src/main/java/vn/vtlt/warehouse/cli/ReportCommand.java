package vn.vtlt.warehouse.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.vtlt.warehouse.config.UserError;
import vn.vtlt.warehouse.publish.Publisher;
import vn.vtlt.warehouse.report.Editions;
import vn.vtlt.warehouse.report.Language;
import vn.vtlt.warehouse.report.Letterhead;
import vn.vtlt.warehouse.report.ReportFormat;
import vn.vtlt.warehouse.report.Review;
import vn.vtlt.warehouse.report.ReviewQuery;
import vn.vtlt.warehouse.report.Revisions;
import vn.vtlt.warehouse.warehouse.Warehouse;

/**
 * {@code report}: the review statistics for years A..B (contract section 7), a published edition exactly as
 * published ({@code --edition}), or the revisions since one ({@code --revisions-since}), read from the warehouse
 * opened read-only, so it runs beside analysts and never blocks them.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "The review statistics for years A..B, a published edition, or the revisions since one.",
        footerHeading = "%nExamples:%n",
        footer = {"  java -jar vtlt-warehouse.jar report --from 2014 --to 2016",
                "  java -jar vtlt-warehouse.jar report --from 2014 --to 2016 --format xlsx --out review.xlsx --compare published.csv",
                "  java -jar vtlt-warehouse.jar report --edition 1228/SNV-CCVTLT --format docx --letterhead jobs/review.yml --out 1228.docx",
                "  java -jar vtlt-warehouse.jar report --revisions-since 1228/SNV-CCVTLT --format csv"},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:written", "1:failed (the message says why)", "2:an unknown option or bad value"})
public class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--from", paramLabel = "A", description = "First year of the review (with --to).")
    private Integer from;

    @Option(names = "--to", paramLabel = "B", description = "Last year of the review (with --from).")
    private Integer to;

    @Option(names = "--edition", paramLabel = "NUMBER", description = "A published edition (review list), exactly as published.")
    private String edition;

    @Option(names = "--revisions-since", paramLabel = "NUMBER",
            description = "The figures an edition published against the current ones, and the submissions that moved them (csv or json).")
    private String revisionsSince;

    @Option(names = "--format", defaultValue = "md", paramLabel = "md|html|xlsx|csv|json|docx", description = "Output format (default md).")
    private ReportFormat format;

    @Option(names = "--lang", defaultValue = "vi", paramLabel = "vi|en", description = "Language (default vi).")
    private Language language;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write (default: standard output).")
    private Path out;

    @Option(names = "--compare", paramLabel = "FILE", description = "Published figures (CSV: figure,value) to reconcile with.")
    private Path compare;

    @Option(names = "--letterhead", defaultValue = "jobs/review.yml", paramLabel = "FILE",
            description = "Issuing body, signer and recipients of the docx (default jobs/review.yml).")
    private Path letterhead;

    @Option(names = "--home", paramLabel = "DIR", description = "The home folder (default $VTLT_HOME or ./data).")
    private Path home;

    @Override
    public Integer call() throws Exception {
        checkOneReview();
        Path analytics = Homes.resolve(home).resolve(Publisher.ANALYTICS_FILE);
        if (!Files.exists(analytics)) {
            throw new UserError("Nothing imported yet: no " + analytics + " (import, or demo, writes it; --home names another home)");
        }
        Review review;
        if (from != null) {
            review = ReviewQuery.read(analytics, from, to, compare);
        } else {
            try (Connection connection = Warehouse.openReadOnly(analytics)) {
                review = edition != null ? Editions.read(connection, edition) : Revisions.since(connection, revisionsSince);
            }
        }
        Letterhead head = format == ReportFormat.DOCX ? Letterhead.read(letterhead) : null;
        if (out == null) {
            format.write(review, language, head, System.out);
            System.out.flush();
        } else {
            try (OutputStream file = Files.newOutputStream(out)) {
                format.write(review, language, head, file);
            }
        }
        return 0;
    }

    /** Exactly one of: --from and --to, --edition, --revisions-since (csv or json); --compare only with --from. */
    private void checkOneReview() {
        int chosen = (from != null || to != null ? 1 : 0) + (edition != null ? 1 : 0) + (revisionsSince != null ? 1 : 0);
        if (chosen != 1) {
            throw new ParameterException(spec.commandLine(), "give --from A --to B, or --edition NUMBER, or --revisions-since NUMBER");
        }
        if ((from == null) != (to == null)) {
            throw new ParameterException(spec.commandLine(), "--from and --to go together");
        }
        if (compare != null && from == null) {
            throw new ParameterException(spec.commandLine(), "--compare goes with --from and --to (an edition is compared with --revisions-since)");
        }
        if (revisionsSince != null && format != ReportFormat.CSV && format != ReportFormat.JSON) {
            throw new ParameterException(spec.commandLine(), "--revisions-since writes data: --format csv or json");
        }
    }
}
