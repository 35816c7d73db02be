package vn.vtlt.warehouse.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Unmatched;
import picocli.CommandLine.Option;
import vn.vtlt.warehouse.Application;
import vn.vtlt.warehouse.demo.DemoGenerator;
import vn.vtlt.warehouse.job.ImportRunner;
import vn.vtlt.warehouse.portal.DemoAccounts;
import vn.vtlt.warehouse.publish.Publisher;
import vn.vtlt.warehouse.report.Language;
import vn.vtlt.warehouse.report.ReportFormat;
import vn.vtlt.warehouse.report.Review;
import vn.vtlt.warehouse.report.ReviewQuery;

/**
 * {@code demo}: writes the demo city's submissions (707 agencies, 2013-2016) into {@code <home>/demo/}, imports
 * them with the real job (built-in demo key) and prints the 2014-2016 review reconciled with the published figures;
 * with {@code --serve}, then runs the portal on the demo city with demo accounts.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generate the demo submissions of 707 agencies, import them and print the 2014-2016 review; --serve: then the portal.",
        footerHeading = "%nExamples:%n",
        footer = {"  java -jar vtlt-warehouse.jar demo", "  java -jar vtlt-warehouse.jar demo --home /tmp/demo --lang en --verbose",
                "  java -jar vtlt-warehouse.jar demo --serve --port 8080"})
public class DemoCommand implements Callable<Integer> {

    static final int REVIEW_FROM = 2014;
    static final int REVIEW_TO = 2016;

    @Option(names = "--home", paramLabel = "DIR", description = "The home folder (default $VTLT_HOME or ./data).")
    private Path home;

    @Option(names = "--seed", defaultValue = "" + DemoGenerator.DEFAULT_SEED, description = "Seed of the generator.")
    private long seed;

    @Option(names = "--lang", defaultValue = "vi", paramLabel = "vi|en", description = "Language of the review (default vi).")
    private Language language;

    @Mixin
    private SpringArguments spring;

    /** Spring properties (--vtlt.x=y): checked by {@link SpringArguments#toList}. */
    @Unmatched
    private List<String> springProperties = new ArrayList<>();

    @Option(names = "--serve", description = "Then start the portal on the demo city, with demo accounts.")
    private boolean serve;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "P", description = "The portal's port with --serve (default 8080).")
    private int port;

    @Override
    public Integer call() throws Exception {
        List<String> arguments = new ArrayList<>(spring.toList(springProperties));
        Path homeDir = Homes.resolve(home);
        DemoGenerator.Result demo = DemoGenerator.generate(homeDir.resolve("demo"), seed);
        System.out.printf("Demo city written to %s: %d files.%n", demo.inbox().getParent(), demo.files());
        ImportOptions.add(arguments, "vtlt.home", homeDir);
        ImportOptions.add(arguments, "vtlt.registry", demo.registry());
        ImportOptions.add(arguments, "vtlt.inbox", demo.inbox());
        ImportOptions.add(arguments, "vtlt.policy", "strict");
        ImportOptions.add(arguments, "vtlt.demo", "true");
        int exit;
        try (ConfigurableApplicationContext context = Application.start(arguments)) {
            exit = context.getBean(ImportRunner.class).run();
        }
        Review review = ReviewQuery.read(homeDir.resolve(Publisher.ANALYTICS_FILE), REVIEW_FROM, REVIEW_TO, demo.referenceFigures());
        System.out.println();
        ReportFormat.MD.write(review, language, System.out);
        System.out.flush();
        if (!serve || exit != 0) {
            return exit;
        }
        System.out.println();
        System.out.println("Demo accounts of the portal, password " + DemoAccounts.PASSWORD + " (demo only):");
        DemoAccounts.ensure(homeDir).forEach(System.out::println);
        return ServeCommand.serve(arguments, port);
    }
}
