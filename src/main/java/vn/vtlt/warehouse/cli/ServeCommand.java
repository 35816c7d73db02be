package vn.vtlt.warehouse.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;
import vn.vtlt.warehouse.portal.PortalApplication;

/**
 * {@code serve}: the portal and its API (contract sections 7 and 8), with the same options as {@code import}. It
 * runs until stopped (Ctrl-C, SIGTERM).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "The portal for agencies and its API: upload, dry run, checklist, templates, feedback.",
        footerHeading = "%nExamples:%n",
        footer = {"  java -jar vtlt-warehouse.jar serve --port 8080 --spring.config.additional-location=file:/etc/vtlt/nightly-import.yml",
                "  java -jar vtlt-warehouse.jar serve --registry agencies.csv --inbox /srv/vtlt/inbox --home /srv/vtlt/home --vtlt.portal.dry-runs=4"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped (Ctrl-C, SIGTERM)", "1:could not start (the message says why)", "2:an unknown or misspelled option"})
public class ServeCommand implements Callable<Integer> {

    @Mixin
    private ImportOptions options;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "P", description = "The HTTP port (default 8080).")
    private int port;

    @Mixin
    private SpringArguments spring;

    /** Spring properties (--vtlt.x=y): checked by {@link SpringArguments#toList}. */
    @Unmatched
    private List<String> springProperties = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        return serve(options.toArguments(spring.toList(springProperties)), port);
    }

    /** Starts the portal and returns when it has been stopped ({@code serve}, {@code demo --serve}). */
    static int serve(List<String> arguments, int port) throws InterruptedException {
        List<String> withPort = new ArrayList<>(arguments);
        withPort.add("--server.port=" + port);
        ConfigurableApplicationContext context = PortalApplication.start(withPort);
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        int actual = ((WebServerApplicationContext) context).getWebServer().getPort();
        System.out.println("Portal: http://localhost:" + actual + "/ (API: /api/v1); stop with Ctrl-C");
        closed.await();
        return 0;
    }
}
