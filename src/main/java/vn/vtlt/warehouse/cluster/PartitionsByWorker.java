package vn.vtlt.warehouse.cluster;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.vtlt.warehouse.warehouse.SqlScripts;

/** How many validation partitions each worker completed for a run: for the run summary and {@code history}. */
public class PartitionsByWorker {

    private final JdbcTemplate jdbc;

    public PartitionsByWorker(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** E.g. {@code "partitions by worker: node-1:4242 3, node-2:777 3"}; says so when no worker completed any. */
    public String summary(long runId) {
        List<String> counts = jdbc.query(SqlScripts.text("sql/cluster/partitions_by_worker.sql"),
                (row, n) -> row.getString(1) + " " + row.getLong(2), runId);
        return "partitions by worker: " + (counts.isEmpty() ? "none" : String.join(", ", counts));
    }
}
