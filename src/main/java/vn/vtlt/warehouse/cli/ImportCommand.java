package vn.vtlt.warehouse.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Unmatched;
import vn.vtlt.warehouse.Application;
import vn.vtlt.warehouse.job.ImportRunner;

/** {@code import}: load the registry, pull every agency's source, load what is new (contract section 7). */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Load the registry, pull every agency's source and load what is new.")
public class ImportCommand implements Callable<Integer> {

    @Mixin
    private ImportOptions options;

    /** Other options, for Spring (see {@link ImportOptions#toArguments}). */
    @Unmatched
    private List<String> springOptions = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext context = Application.start(options.toArguments(springOptions))) {
            return context.getBean(ImportRunner.class).run();
        }
    }
}
