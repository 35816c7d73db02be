package vn.vtlt.warehouse.job;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.StoppableTasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import vn.vtlt.warehouse.load.PendingFile;
import vn.vtlt.warehouse.load.Policy;
import vn.vtlt.warehouse.load.SubmissionLoader;
import vn.vtlt.warehouse.validate.Dataset;

/**
 * Loads every validated file, in {@link PendingFile#inLoadOrder the order of loading}, whole submissions per DuckDB transaction. Files already
 * processed (by this run before a crash) are no longer pending, so a restart goes on where it stopped.
 */
@Component
public class LoadTasklet implements StoppableTasklet {

    private static final Logger log = LoggerFactory.getLogger(LoadTasklet.class);

    private final SubmissionLoader loader;
    private final FileValidation validation;
    /** Set when the job is asked to stop (SIGTERM under `schedule`): the step ends after the group in progress. */
    private volatile boolean stopRequested;

    public LoadTasklet(SubmissionLoader loader, FileValidation validation) {
        this.loader = loader;
        this.validation = validation;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) throws Exception {
        stopRequested = false;
        giveBackHeap();
        long runId = JobParameterNames.runId(context);
        Policy policy = Policy.of(JobParameterNames.parameter(context, JobParameterNames.POLICY));
        List<PendingFile> pending = loader.pending();
        Set<String> pendingLists = pending.stream()
                .flatMap(f -> f.name().stream())
                .filter(n -> n.dataset() == Dataset.HOC_VIEN)
                .map(n -> n.agencyCode() + "/" + n.year())
                .collect(Collectors.toSet());
        List<SubmissionLoader.Validated> validated = new ArrayList<>(pending.size());
        for (PendingFile file : pending) {
            boolean listPending = file.name()
                    .map(n -> n.dataset() == Dataset.DAO_TAO && pendingLists.contains(n.agencyCode() + "/" + n.year()))
                    .orElse(false);
            validated.add(new SubmissionLoader.Validated(file, validation.outcome(file), validation.staging(file.fileId()),
                    listPending));
        }
        List<SubmissionLoader.Decision> decisions = loader.loadAll(validated, runId, policy, () -> stopRequested);
        decisions.forEach(d -> contribution.incrementWriteCount(d.rowsLoaded()));
        if (decisions.size() < validated.size()) {
            throw new JobInterruptedException("stopped at a safe point after " + decisions.size() + " of "
                    + validated.size() + " files; the next start resumes the run");
        }
        return RepeatStatus.FINISHED;
    }

    /**
     * Validation is over: what it held (a workbook's shared strings, the readers' buffers) is garbage, and from here
     * the work is DuckDB's, outside the heap. One full collection, during which the heap may keep at most 10% free,
     * hands the heap validation no longer needs back to the system before DuckDB fills its own memory, so that the
     * two do not peak together; the heap grows again as the rest of the run needs it. It can only where the heap may
     * shrink below its start and in one step: the shipped command lines ({@code -Xms32m -XX:-ShrinkHeapInSteps},
     * jobs/bin/vtlt-warehouse); elsewhere the collection changes nothing. Measured (issue 15, bench's sets, 2 runs
     * each): the 1,000,000-row workbook's import peaked at 672-674 MiB without both, 491-537 MiB with them (the heap
     * 243 MiB before the collection, 49 after); the large set 626-650 against 530-544 MiB; the time the same.
     */
    private static void giveBackHeap() {
        long before = Runtime.getRuntime().totalMemory();
        HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        if (hotspot == null) { // not HotSpot: a collection, as its own settings have it
            System.gc();
            return;
        }
        String minFree = hotspot.getVMOption("MinHeapFreeRatio").getValue();
        String maxFree = hotspot.getVMOption("MaxHeapFreeRatio").getValue();
        try {
            hotspot.setVMOption("MinHeapFreeRatio", "0");
            hotspot.setVMOption("MaxHeapFreeRatio", "10");
            System.gc();
        } finally {
            hotspot.setVMOption("MaxHeapFreeRatio", maxFree);
            hotspot.setVMOption("MinHeapFreeRatio", minFree);
        }
        log.debug("Heap before the load: {} MiB committed, {} MiB after a collection", before >> 20,
                Runtime.getRuntime().totalMemory() >> 20);
    }

    @Override
    public void stop(StepExecution stepExecution) {
        stopRequested = true;
    }

    @Override
    @SuppressWarnings("removal")
    public void stop() {
        stopRequested = true;
    }
}
