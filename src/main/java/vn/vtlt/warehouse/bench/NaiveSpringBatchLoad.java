package vn.vtlt.warehouse.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.support.ResourcelessJobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcBatchItemWriter;
import org.springframework.batch.infrastructure.item.database.builder.JdbcBatchItemWriterBuilder;
import org.springframework.batch.infrastructure.item.file.FlatFileItemReader;
import org.springframework.batch.infrastructure.item.file.builder.FlatFileItemReaderBuilder;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * The naive peer: the textbook Spring Batch step, a {@code FlatFileItemReader} into a {@code JdbcBatchItemWriter}
 * (chunks of 1,000 rows, JDBC batch inserts) into a DuckDB table, with no validation at all.
 */
final class NaiveSpringBatchLoad {

    private NaiveSpringBatchLoad() {
    }

    /** Loads the sample file (a hoc-vien file of the bench); returns the seconds and checks every row arrived. */
    static double load(Path sample, long expectedRows, Path databaseFile) throws Exception {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource("jdbc:duckdb:" + databaseFile.toAbsolutePath(), true);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create or replace table naive_participation (organiser_code varchar, class_code varchar, "
                    + "participant_agency_code varchar, person_id varchar, full_name varchar, result varchar)");
        }
        long started = System.nanoTime();
        ResourcelessJobRepository repository = new ResourcelessJobRepository();
        FlatFileItemReader<String[]> reader = new FlatFileItemReaderBuilder<String[]>()
                .name("participants")
                .resource(new FileSystemResource(sample))
                .encoding("UTF-8")
                .linesToSkip(1)
                .delimited()
                .names("organiser_code", "class_code", "participant_agency_code", "person_id", "full_name", "result")
                .fieldSetMapper(fields -> fields.getValues())
                .build();
        JdbcBatchItemWriter<String[]> writer = new JdbcBatchItemWriterBuilder<String[]>()
                .dataSource(dataSource)
                .sql("insert into naive_participation values (?, ?, ?, ?, ?, ?)")
                .itemPreparedStatementSetter((item, insert) -> {
                    for (int i = 0; i < 6; i++) {
                        insert.setString(i + 1, item[i]);
                    }
                })
                .build();
        writer.afterPropertiesSet();
        Step step = new StepBuilder("naive", repository)
                .<String[], String[]>chunk(1000)
                .transactionManager(new JdbcTransactionManager(dataSource))
                .reader(reader)
                .writer(writer)
                .build();
        Job job = new JobBuilder("naive", repository).start(step).build();
        TaskExecutorJobOperator operator = new TaskExecutorJobOperator();
        operator.setJobRepository(repository);
        operator.setJobRegistry(new MapJobRegistry());
        operator.afterPropertiesSet();
        JobExecution execution = operator.start(job, new JobParameters());
        double seconds = (System.nanoTime() - started) / 1e9;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             var rows = statement.executeQuery("select count(*) from naive_participation")) {
            rows.next();
            if (execution.getStatus() != BatchStatus.COMPLETED || rows.getLong(1) != expectedRows) {
                throw new IllegalStateException("naive load: " + execution.getStatus() + ", " + rows.getLong(1)
                        + " rows of " + expectedRows);
            }
        } finally {
            dataSource.destroy();
        }
        return seconds;
    }
}
