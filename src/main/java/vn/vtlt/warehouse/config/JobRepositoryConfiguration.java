package vn.vtlt.warehouse.config;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The Spring Batch job repository: by default an embedded H2 file under the home folder (no server), or any
 * database named by {@code vtlt.job-repository.url} (a shared PostgreSQL when partitions run on several machines).
 */
@Configuration
public class JobRepositoryConfiguration {

    @Bean
    public DataSource jobRepositoryDataSource(VtltProperties properties, Environment environment) {
        String embedded = "jdbc:h2:file:" + properties.home().toAbsolutePath().resolve("job-repository/batch");
        return DataSourceBuilder.create()
                .url(environment.getProperty("vtlt.job-repository.url", embedded))
                .username(environment.getProperty("vtlt.job-repository.username", "sa"))
                .password(environment.getProperty("vtlt.job-repository.password", ""))
                .build();
    }
}
