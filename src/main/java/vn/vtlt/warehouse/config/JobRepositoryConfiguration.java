package vn.vtlt.warehouse.config;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import vn.vtlt.warehouse.status.JobHistory;

/**
 * The Spring Batch job repository: by default an embedded H2 file under the home folder (no server), or any
 * database named by {@code vtlt.job-repository.url} (a shared PostgreSQL when partitions run on several machines).
 * The embedded file does not close itself when the JVM shuts down, so that a stopping import can still record it.
 */
@Configuration
public class JobRepositoryConfiguration {

    @Bean
    public DataSource jobRepositoryDataSource(VtltProperties properties, Environment environment) {
        String embedded = JobHistory.embeddedUrl(properties.home());
        return DataSourceBuilder.create()
                .url(environment.getProperty("vtlt.job-repository.url", embedded))
                .username(environment.getProperty("vtlt.job-repository.username", "sa"))
                .password(environment.getProperty("vtlt.job-repository.password", ""))
                .build();
    }
}
