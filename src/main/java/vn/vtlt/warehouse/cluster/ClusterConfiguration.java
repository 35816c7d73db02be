package vn.vtlt.warehouse.cluster;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.vtlt.warehouse.config.VtltProperties;
import vn.vtlt.warehouse.progress.PausePoints;

/** With {@code vtlt.cluster.enabled=true}: the partition queue in the job repository's PostgreSQL, and the manager's side. */
@Configuration
@ConditionalOnProperty(prefix = "vtlt.cluster", name = "enabled", havingValue = "true")
public class ClusterConfiguration {

    @Bean
    public PartitionRequests partitionRequests(DataSource dataSource, VtltProperties properties, PausePoints pauses) {
        return new PartitionRequests(dataSource, properties, pauses);
    }

    @Bean
    public PartitionsByWorker partitionsByWorker(DataSource dataSource) {
        return new PartitionsByWorker(dataSource);
    }

    @Bean
    public RemotePartitions remotePartitions(JobRepository jobRepository, PartitionRequests requests,
                                             VtltProperties properties) throws Exception {
        Duration timeout = properties.cluster().partitionTimeout();
        return new RemotePartitions(jobRepository, requests, timeout, properties.cluster().pollInterval());
    }
}
