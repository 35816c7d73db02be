package vn.vtlt.warehouse.warehouse;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;

/**
 * Many rows as one statement's parameters: one list per column, one element per row, which the statement unnests
 * (sql/receive/record_files.sql, sql/submission/1_batch_files.sql). A statement per row cost about a millisecond
 * each, most of the work of thousands of small files.
 */
public final class SqlLists {

    private SqlLists() {
    }

    /** The column {@code value} of every row, in order, as a list of the SQL type {@code sqlType} (BIGINT, VARCHAR...). */
    public static <T> Array column(Connection connection, String sqlType, List<T> rows, Function<? super T, ?> value)
            throws SQLException {
        return connection.createArrayOf(sqlType, rows.stream().map(value).toArray());
    }

    /** Microseconds since 1970 UTC, DuckDB's resolution of a timestamp ({@code make_timestamp} reads them back). */
    public static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }
}
