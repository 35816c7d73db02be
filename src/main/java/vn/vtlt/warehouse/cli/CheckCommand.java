package vn.vtlt.warehouse.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Unmatched;
import picocli.CommandLine.Option;
import vn.vtlt.warehouse.Application;
import vn.vtlt.warehouse.check.Preflight;
import vn.vtlt.warehouse.config.PersonKeys;
import vn.vtlt.warehouse.config.VtltProperties;
import vn.vtlt.warehouse.pull.HttpSource;
import vn.vtlt.warehouse.pull.SourceTokens;

/**
 * {@code check}: reads what the next import will read (its configuration, registry, inbox, key and secret files,
 * disk, warehouse and job repository, and with {@code --sources} every HTTP source) and says what is wrong before
 * the night does. Changes nothing: the Spring context starts lazily, so nothing is opened read-write.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Say what is wrong with the next import's settings, registry, inbox, key, disk, warehouse and job "
                + "repository before it runs; changes nothing.",
        footerHeading = "%nExamples:%n",
        footer = {"  java -jar vtlt-warehouse.jar check --registry agencies.csv --inbox /srv/vtlt/inbox --home /srv/vtlt/home",
                "  java -jar vtlt-warehouse.jar check --sources --spring.config.additional-location=file:/etc/vtlt/nightly-import.yml"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all well (NOTE lines are for information)", "1:something to fix (each FIX line says what)",
                "2:an unknown or misspelled option"})
public class CheckCommand implements Callable<Integer> {

    @Mixin
    private ImportOptions options;

    @Option(names = "--sources", description = "Also ask every HTTP source of the registry for its listing.")
    private boolean sources;

    @Mixin
    private SpringArguments spring;

    /** Spring properties (--vtlt.x=y): checked by {@link SpringArguments#toList}. */
    @Unmatched
    private List<String> springProperties = new ArrayList<>();

    @Override
    public Integer call() {
        List<String> arguments = options.toArguments(spring.toList(springProperties));
        arguments.add("--spring.main.lazy-initialization=true");
        try (ConfigurableApplicationContext context = Application.start(arguments)) {
            VtltProperties properties = context.getBean(VtltProperties.class);
            Preflight.Parts parts = new Preflight.Parts(properties, () -> context.getBean(PersonKeys.class),
                    () -> context.getBean(SourceTokens.class), () -> context.getBean("jobRepositoryDataSource", DataSource.class),
                    () -> context.getBean(HttpSource.class),
                    context.getEnvironment().getProperty("vtlt.job-repository.url") == null);
            List<Preflight.Finding> findings = Preflight.run(parts, sources);
            findings.forEach(finding -> System.out.println(finding.line()));
            long toFix = findings.stream().filter(f -> f.level() == Preflight.Level.FIX).count();
            System.out.println(toFix == 0 ? "Ready for the next import." : toFix + " thing(s) to fix before the next import.");
            return toFix == 0 ? 0 : 1;
        }
    }
}
