package vn.vtlt.warehouse.progress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.vtlt.warehouse.config.VtltProperties;

/**
 * Named points of a run where a test can hold it, so that a crash or a stop lands exactly there whatever the speed of
 * the machine: {@code --vtlt.test.pause-at=load.committed#2} holds the run the second time a load group is committed.
 * A held run prints {@code PAUSED at load.committed#2} and waits until the file {@code <home>/resume-load.committed-2}
 * exists or the import is asked to stop (SIGTERM under {@code schedule}). Without the setting (always, outside tests)
 * reaching a point costs one comparison.
 *
 * <p>The points, in the order a run passes them: {@value #STARTED} (a run begins, before the registry is read),
 * {@value #ARCHIVED} (a file moved into the archive, not yet recorded),
 * {@value #RECORDED} (received files recorded), {@value #LISTED} (an HTTP source's listing done, its validators saved
 * for the next run), {@value #SENT} (a partition sent to the workers, in a cluster),
 * {@value #VALIDATED} (a file validated into its staging folder, by the import or a worker),
 * {@value #GROUP_OPEN} (a load group's SQL done, its transaction not yet committed), {@value #COMMITTED} (a load group
 * committed), {@value #FEEDBACK} (the feedback files written, the run not yet marked completed), {@value #COPIED} (the
 * snapshot copied, not yet renamed), {@value #SWAPPING} (the analysts' next file linked, not yet swapped in).
 */
@Component
public class PausePoints {

    public static final String STARTED = "run.started";
    public static final String ARCHIVED = "receive.archived";
    public static final String RECORDED = "receive.recorded";
    public static final String LISTED = "receive.listed";
    public static final String VALIDATED = "validate.file";
    public static final String SENT = "cluster.sent";
    public static final String GROUP_OPEN = "load.group-open";
    public static final String COMMITTED = "load.committed";
    public static final String FEEDBACK = "finish.feedback";
    public static final String COPIED = "publish.copied";
    public static final String SWAPPING = "publish.swapping";

    private static final Logger log = LoggerFactory.getLogger(PausePoints.class);

    private final Set<String> holds;
    private final Path home;
    private final Map<String, AtomicInteger> reached = new ConcurrentHashMap<>();
    private final CountDownLatch released = new CountDownLatch(1);

    @Autowired
    public PausePoints(@Value("${vtlt.test.pause-at:}") String pauseAt, VtltProperties properties) {
        this(Set.of(pauseAt.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet()), properties.home());
    }

    private PausePoints(Set<String> holds, Path home) {
        this.holds = holds;
        this.home = home;
    }

    /** Points that never hold: for the commands that run without Spring. */
    public static PausePoints none() {
        return new PausePoints(Set.of(), null);
    }

    /** Marks that the run reached a point; holds it there when a test asked for this occurrence. */
    public void reach(String point) {
        if (holds.isEmpty()) {
            return;
        }
        String occurrence = point + "#" + reached.computeIfAbsent(point, p -> new AtomicInteger()).incrementAndGet();
        if (!holds.contains(occurrence)) {
            return;
        }
        Path resume = home.resolve("resume-" + occurrence.replace('#', '-'));
        log.warn("Paused at {} (vtlt.test.pause-at); waiting for {} or a stop", occurrence, resume);
        System.out.println("PAUSED at " + occurrence);
        System.out.flush();
        try {
            // the file is the test's signal to go on; polled because it comes from another process
            while (!Files.exists(resume) && !released.await(10, TimeUnit.MILLISECONDS)) {
                Thread.onSpinWait();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.warn("Resumed at {}", occurrence);
    }

    /** Lets every held point go on: the import was asked to stop and must reach its next safe point. */
    public void releaseAll() {
        released.countDown();
    }
}
