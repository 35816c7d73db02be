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
        description = "The portal for agencies and its API: upload, dry run, checklist, templates, feedback.")
public class ServeCommand implements Callable<Integer> {

    @Mixin
    private ImportOptions options;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "P", description = "The HTTP port (default 8080).")
    private int port;

    /** Other options, for Spring (see {@link ImportOptions#toArguments}). */
    @Unmatched
    private List<String> springOptions = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        return serve(options.toArguments(springOptions), port);
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
