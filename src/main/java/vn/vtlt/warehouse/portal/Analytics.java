package vn.vtlt.warehouse.portal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import vn.vtlt.warehouse.publish.Publisher;
import vn.vtlt.warehouse.warehouse.Warehouse;

/**
 * The analysts' file as the portal reads it: {@code analytics.duckdb}, opened read-only for each question, so that
 * every answer comes from the latest publication (the import renames a new one in) and the portal never holds a
 * lock the import would wait for. The portal never opens {@code warehouse.duckdb}.
 */
public class Analytics {

    /** A question to the analysts' file. */
    @FunctionalInterface
    public interface Query<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Path file;

    public Analytics(Path home) {
        this.file = home.resolve(Publisher.ANALYTICS_FILE);
    }

    /** The answer, or empty when nothing has been published yet. */
    public <T> Optional<T> read(Query<T> query) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (Connection connection = Warehouse.openReadOnly(file)) {
            return Optional.ofNullable(query.run(connection));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
