package vn.vtlt.warehouse.cluster;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.integration.core.MessagingTemplate;

/**
 * The manager's side of remote partitioning: sends each validation partition to the workers
 * ({@link PartitionRequests}) and polls the job repository until all are finished (no reply channel). When they are
 * not finished within {@code vtlt.cluster.partition-timeout} (no worker running, or all of them dead), the partitions
 * left are marked FAILED, their requests dropped, and the run fails saying so: {@code restart RUN} finishes it.
 */
public class RemotePartitions extends MessageChannelPartitionHandler {

    private static final Logger log = LoggerFactory.getLogger(RemotePartitions.class);

    private final JobRepository jobRepository;
    private final PartitionRequests requests;
    private final Duration timeout;

    public RemotePartitions(JobRepository jobRepository, PartitionRequests requests, Duration timeout, Duration pollInterval)
            throws Exception {
        this.jobRepository = jobRepository;
        this.requests = requests;
        this.timeout = timeout;
        setStepName(PartitionRequests.GROUP);
        setJobRepository(jobRepository);
        setMessagingOperations(new MessagingTemplate(requests.sender()));
        setTimeout(timeout.toMillis());
        setPollInterval(pollInterval.toMillis());
        afterPropertiesSet();
    }

    @Override
    protected Set<StepExecution> doHandle(StepExecution managerStepExecution, Set<StepExecution> partitions)
            throws Exception {
        log.info("Sending {} validation partition(s) to the workers", partitions.size());
        try {
            return super.doHandle(managerStepExecution, partitions);
        } catch (TimeoutException e) {
            requests.discardStale();
            int unfinished = 0;
            for (StepExecution sent : partitions) {
                StepExecution partition = jobRepository.getStepExecution(sent.getId());
                if (partition != null && partition.getStatus().isRunning()) {
                    unfinished++;
                    partition.setStatus(BatchStatus.FAILED);
                    partition.setExitStatus(ExitStatus.FAILED.addExitDescription("no worker finished it in time"));
                    partition.setEndTime(LocalDateTime.now());
                    jobRepository.update(partition);
                }
            }
            throw new IllegalStateException(String.format("No worker finished %d of the run's %d validation partition(s) "
                    + "within %s (vtlt.cluster.partition-timeout): start workers (`worker`) on the same job repository "
                    + "and home folder, then `restart %d`", unfinished, partitions.size(), timeout,
                    managerStepExecution.getJobExecution().getJobInstance().getInstanceId()), e);
        }
    }
}
