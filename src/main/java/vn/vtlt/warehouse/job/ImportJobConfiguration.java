package vn.vtlt.warehouse.job;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import vn.vtlt.warehouse.cluster.PartitionsByWorker;
import vn.vtlt.warehouse.cluster.RemotePartitions;
import vn.vtlt.warehouse.config.VtltProperties;

/**
 * The nightly import as a Spring Batch job, read top to bottom:
 * <ol>
 *   <li>{@code receiveStep}: load the registry, pull every agency's source, archive what is new;</li>
 *   <li>{@code validateStep}: partitions of received files, validated into staging files (no database: with
 *       {@code vtlt.cluster.enabled} the partitions run in {@code worker} processes on other machines);</li>
 *   <li>{@code loadStep}: the only step that writes facts: each file decided and loaded in its own DuckDB
 *       transaction;</li>
 *   <li>{@code finishStep}: per-agency feedback files, the run's audit row, staging files removed.</li>
 * </ol>
 * A run interrupted anywhere is restarted by the next {@code import} ({@link ImportRunner}): completed steps and
 * partitions are skipped, and the load step skips files already processed.
 */
@Configuration
public class ImportJobConfiguration {

    public static final String JOB_NAME = "importJob";

    @Bean
    public Job importJob(JobRepository jobRepository, Step receiveStep, Step validateStep, Step loadStep,
                         Step finishStep, RunAudit runAudit, ObjectProvider<PartitionsByWorker> partitionsByWorker) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(new JobExecutionListener() {
                    @Override
                    public void afterJob(JobExecution execution) {
                        // the run's counts (and in a cluster, who validated what) in the job repository, for `history`
                        long runId = execution.getJobInstance().getInstanceId();
                        if (execution.getStatus() == BatchStatus.COMPLETED) {
                            execution.setExitStatus(execution.getExitStatus().addExitDescription(runAudit.summary(runId)));
                        }
                        partitionsByWorker.ifAvailable(workers -> execution.setExitStatus(
                                execution.getExitStatus().addExitDescription(workers.summary(runId))));
                    }
                })
                .start(receiveStep)
                .next(validateStep)
                .next(loadStep)
                .next(finishStep)
                .build();
    }

    @Bean
    public Step receiveStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                            ReceiveTasklet tasklet) {
        return new StepBuilder("receiveStep", jobRepository).tasklet(tasklet, transactionManager).build();
    }

    /** The partitions run here on threads, or, with {@code vtlt.cluster.enabled}, by workers ({@link RemotePartitions}). */
    @Bean
    public Step validateStep(JobRepository jobRepository, Step validateFileStep, PendingFilePartitioner partitioner,
                             VtltProperties properties, ObjectProvider<RemotePartitions> remote) {
        if (properties.cluster().enabled()) {
            return new StepBuilder("validateStep", jobRepository)
                    .partitioner("validateFileStep", partitioner)
                    .partitionHandler(remote.getObject())
                    .build();
        }
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("validate-");
        executor.setConcurrencyLimit(properties.validateThreads());
        return new StepBuilder("validateStep", jobRepository)
                .partitioner("validateFileStep", partitioner)
                .step(validateFileStep)
                .taskExecutor(executor)
                .gridSize(properties.validateThreads())
                .build();
    }

    @Bean
    public Step validateFileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                 ValidateFileTasklet tasklet) {
        return new StepBuilder("validateFileStep", jobRepository).tasklet(tasklet, transactionManager).build();
    }

    @Bean
    public Step loadStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                         LoadTasklet tasklet) {
        return new StepBuilder("loadStep", jobRepository).tasklet(tasklet, transactionManager).build();
    }

    @Bean
    public Step finishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           FinishTasklet tasklet) {
        return new StepBuilder("finishStep", jobRepository).tasklet(tasklet, transactionManager).build();
    }
}
