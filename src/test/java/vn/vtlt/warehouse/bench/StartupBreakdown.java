package vn.vtlt.warehouse.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.context.ConfigurableApplicationContext;

import vn.vtlt.warehouse.Application;
import vn.vtlt.warehouse.job.ImportRunner;

/**
 * Where the start of an import goes (README, Performance, "Start-up"): the import's Spring context started as
 * {@link Application#start} starts it, with Spring's {@link BufferingApplicationStartup}; prints Spring Boot's
 * steps and every bean that took at least {@code -Dmin=} ms (100 by default; a bean's time includes the beans it
 * needed first), then the JVM's start, the context, the job and the close. Not a test: run it with the import's
 * settings, e.g. {@code java -Xmx256m -XX:+UseSerialGC -cp target/test-classes:target/classes:$(cat cp.txt)
 * vn.vtlt.warehouse.bench.StartupBreakdown --vtlt.registry=jobs/example/agencies.csv --vtlt.inbox=jobs/example/inbox
 * --vtlt.home=/tmp/breakdown} (VTLT_PERSON_KEY set; cp.txt as for the portal's DryRunBenchmark).
 */
public final class StartupBreakdown {

    private StartupBreakdown() {
    }

    public static void main(String[] args) throws Exception {
        long jvmMillis = ManagementFactory.getRuntimeMXBean().getUptime();
        long min = Long.getLong("min", 100);
        long started = System.nanoTime();
        SpringApplication application = new SpringApplication(Application.class);
        BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
        application.setApplicationStartup(startup);
        ConfigurableApplicationContext context = application.run(args);
        long contextReady = System.nanoTime();
        startup.getBufferedTimeline().getEvents().forEach(event -> {
            long millis = event.getDuration().toMillis();
            if (millis >= min || event.getStartupStep().getParentId() == null) {
                String bean = "";
                for (var tag : event.getStartupStep().getTags()) {
                    bean = tag.getKey().equals("beanName") ? tag.getValue() : bean;
                }
                System.out.printf("%7d ms  %s %s%n", millis, event.getStartupStep().getName(), bean);
            }
        });
        int exit = context.getBean(ImportRunner.class).run();
        long jobDone = System.nanoTime();
        context.close();
        long closed = System.nanoTime();
        System.out.printf("JVM to main %d ms; Spring context %d ms; the job %d ms (exit %d); close %d ms; %d classes loaded; arguments %s%n",
                jvmMillis, (contextReady - started) / 1_000_000, (jobDone - contextReady) / 1_000_000, exit,
                (closed - jobDone) / 1_000_000, ManagementFactory.getClassLoadingMXBean().getLoadedClassCount(),
                Arrays.toString(args));
    }
}
