package vn.vtlt.warehouse.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.springframework.context.ConfigurableApplicationContext;


import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Unmatched;
import vn.vtlt.warehouse.Application;
import vn.vtlt.warehouse.schedule.NightlySchedule;

/**
 * {@code schedule}: stays up and runs the import on the cron expression of {@code vtlt.schedule.cron} (see
 * jobs/schedule.yml). SIGTERM stops it gracefully: the running import stops at a safe point, resumed at the next start.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = "Stay up and run the import on a cron schedule (default 02:00 every night, Asia/Ho_Chi_Minh).",
        footerHeading = "%nExample:%n",
        footer = "  java -jar vtlt-warehouse.jar schedule --spring.config.additional-location=file:jobs/schedule.yml,file:/etc/vtlt/nightly-import.yml",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped by SIGTERM (a running import stops at a safe point; the next start resumes it)",
                "1:could not start (the message says why)", "2:an unknown or misspelled option"})
public class ScheduleCommand implements Callable<Integer> {

    @Option(names = "--cron", paramLabel = "EXPR", description = "Cron expression: second minute hour day month weekday.")
    private String cron;

    @Mixin
    private ImportOptions options;

    @Mixin
    private SpringArguments spring;

    /** Spring properties (--vtlt.x=y): checked by {@link SpringArguments#toList}. */
    @Unmatched
    private List<String> springProperties = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        List<String> arguments = options.toArguments(spring.toList(springProperties));
        ImportOptions.add(arguments, "vtlt.schedule.cron", cron);
        ConfigurableApplicationContext context = Application.start(arguments, false);
        NightlySchedule schedule = context.getBean(NightlySchedule.class);
        // our own shutdown hook (SIGTERM, SIGINT): the running import stops at a safe point and records it, then the
        // context closes; Spring's and the logging system's hooks are off, the job repository does not close itself
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            schedule.shutdown();
            context.close();
        }, "shutdown"));
        schedule.runUntilShutdown();
        // only a signal ends the schedule: the JVM exits once the hook above is done
        new CountDownLatch(1).await();
        return 0;
    }
}
