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
        if (repository.urlFor(properties.home()).startsWith("jdbc:postgresql:")) {
            // a worker whose machine or network vanishes without closing its connections: the server probes the
            // idle connection that holds the partition's request (idle for the length of the partition) after a
            // minute, gives up after three unanswered probes 10 s apart, ends the session and so rolls the request
            // back into the queue for another worker; the worker's side probes the server the same way
            dataSource.addDataSourceProperty("tcpKeepAlive", "true");
            dataSource.addDataSourceProperty("options",
                    "-c tcp_keepalives_idle=60 -c tcp_keepalives_interval=10 -c tcp_keepalives_count=3");
        }
        return dataSource;
    }
}
