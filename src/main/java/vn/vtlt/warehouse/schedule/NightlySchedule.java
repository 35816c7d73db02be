package vn.vtlt.warehouse.schedule;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

import vn.vtlt.warehouse.config.VtltProperties;
import vn.vtlt.warehouse.job.ImportRunner;

/**
 * Runs the import on a cron expression ({@code vtlt.schedule.cron} in {@code vtlt.schedule.zone}; 02:00 every
 * night in Asia/Ho_Chi_Minh by default), never two at once: a trigger that comes while a run is in progress is
 * skipped and logged. On shutdown (SIGTERM) the running import stops at its next safe point and the next start
 * resumes it.
 */
@Component
public class NightlySchedule {

    private static final Logger log = LoggerFactory.getLogger(NightlySchedule.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofMinutes(10);

    private final ImportRunner runner;
    private final VtltProperties.Schedule settings;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "import"));
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean shuttingDown;

    public NightlySchedule(ImportRunner runner, VtltProperties properties) {
        this.runner = runner;
        this.settings = properties.schedule();
    }

    /** Waits for each trigger and starts the import; returns once {@link #shutdown()} was called. */
    public void runUntilShutdown() throws InterruptedException {
        CronExpression cron = CronExpression.parse(settings.cron());
        ZoneId zone = ZoneId.of(settings.zone());
        while (!shuttingDown) {
            ZonedDateTime next = cron.next(ZonedDateTime.now(zone));
            log.info("Next import at {}", next);
            while (!shuttingDown && ZonedDateTime.now(zone).isBefore(next)) {
                Thread.sleep(Math.max(1, Math.min(200, Duration.between(ZonedDateTime.now(zone), next).toMillis())));
            }
            if (shuttingDown) {
                break;
            }
            if (!running.compareAndSet(false, true)) {
                log.warn("Trigger of {} skipped: the previous import is still running", next);
                continue;
            }
            executor.submit(this::runOnce);
        }
    }

    private void runOnce() {
        try {
            runner.run();
        } catch (Exception e) {
            log.error("Import failed: {}", e.getMessage(), e);
        } finally {
            running.set(false);
        }
    }

    /** Stops scheduling; a running import stops at its next safe point; waits for it. */
    public void shutdown() {
        shuttingDown = true;
        if (running.get()) {
            log.warn("Shutting down: asking the running import to stop at a safe point");
            runner.stopRunning();
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(SHUTDOWN_WAIT.toMinutes(), TimeUnit.MINUTES)) {
                log.error("The import did not stop within {}", SHUTDOWN_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("Schedule stopped");
    }
}
