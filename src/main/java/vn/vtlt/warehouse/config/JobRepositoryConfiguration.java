package vn.vtlt.warehouse.config;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The Spring Batch job repository: by default an embedded H2 file under the home folder (no server), or any
 * database named by {@code vtlt.job-repository.url} (a shared PostgreSQL when partitions run on several machines;
 * Spring Batch creates its tables there on first use). The embedded file does not close itself when the JVM shuts
 * down, so that a stopping import can still record it.
 */
@Configuration
public class JobRepositoryConfiguration {

    @Bean
    public DataSource jobRepositoryDataSource(VtltProperties properties) {
        VtltProperties.JobRepository repository = properties.jobRepository();
        HikariDataSource dataSource = DataSourceBuilder.create().type(HikariDataSource.class)
                .url(repository.urlFor(properties.home()))
                .username(repository.username())
                .password(repository.secret())
                .build();
        // a worker's running partition holds two connections: its request's transaction and the step's own
        dataSource.setMaximumPoolSize(Math.max(10, 2 * properties.validateThreads() + 2));
        return dataSource;
    }
}
