package vn.vtlt.warehouse.config;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
        return DataSourceBuilder.create()
                .url(repository.urlFor(properties.home()))
                .username(repository.username())
                .password(repository.secret())
                .build();
    }
}
