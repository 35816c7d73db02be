package vn.vtlt.warehouse.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.vtlt.warehouse.config.UserError;
import vn.vtlt.warehouse.template.TemplateWriter;
import vn.vtlt.warehouse.validate.Dataset;

/** {@code template}: the official XLSX template of a dataset, for agencies to fill in. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Write the XLSX template of a dataset (headings, drop-downs, formats, instructions).",
        footerHeading = "%nExample:%n", footer = "  java -jar vtlt-warehouse.jar template --dataset nhan-su --year 2016 --agency QH-776",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:written", "1:failed (the message says why)", "2:an unknown option or bad value"})
public class TemplateCommand implements Callable<Integer> {

    @Option(names = "--dataset", required = true, paramLabel = "nhan-su|dao-tao|hoc-vien", description = "The dataset.")
    private String dataset;

    @Option(names = "--year", required = true, paramLabel = "Y", description = "The reporting year.")
    private int year;

    @Option(names = "--agency", paramLabel = "CODE", description = "Fill in this agency's code.")
    private String agency;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write (default <agency>_<dataset>_<year>.xlsx here).")
    private Path out;

    @Override
    public Integer call() throws Exception {
        Dataset chosen = Dataset.ofCode(dataset)
                .orElseThrow(() -> new UserError("unknown dataset '" + dataset + "': nhan-su, dao-tao or hoc-vien"));
        Path file = out != null ? out : Path.of((agency == null ? "MA-CO-QUAN" : agency) + "_" + chosen.code() + "_" + year + ".xlsx");
        try (OutputStream stream = Files.newOutputStream(file)) {
            TemplateWriter.write(chosen, year, agency, stream);
        }
        System.out.println("Template written: " + file.toAbsolutePath());
        return 0;
    }
}
