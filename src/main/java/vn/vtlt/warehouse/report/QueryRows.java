package vn.vtlt.warehouse.report;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import vn.vtlt.warehouse.warehouse.SqlScripts;

/**
 * The rows of a table of the review or of the portal's pages, read from an {@code sql/} file with its parameters
 * bound in order. Columns are typed by their names, so that every writer shows them alike: {@code year} text,
 * {@code *_pct} a percentage, {@code *_label} a "Vietnamese | English" text, whole numbers as numbers, times (UTC in
 * the warehouse) as Ho Chi Minh City reads them.
 */
public final class QueryRows {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId CITY = ZoneId.of("Asia/Ho_Chi_Minh");

    private QueryRows() {
    }

    public static List<List<Object>> rows(Connection connection, String sqlFile, Object... parameters) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (PreparedStatement statement = SqlScripts.prepare(connection, sqlFile, parameters)) {
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<Object> row = new ArrayList<>(columns);
                    for (int c = 1; c <= columns; c++) {
                        row.add(cell(result, c));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static Object cell(ResultSet result, int column) throws SQLException {
        Object value = result.getObject(column);
        String name = result.getMetaData().getColumnLabel(column);
        if (value == null) {
            return null;
        }
        if (name.equals("year")) {
            return value.toString();
        }
        if (name.endsWith("_pct")) {
            return new Review.Percent(result.getBigDecimal(column));
        }
        if (name.endsWith("_label")) {
            return Bilingual.parse(value.toString());
        }
        if (value instanceof Timestamp timestamp) {
            return TIME.format(timestamp.toLocalDateTime().atZone(UTC).withZoneSameInstant(CITY));
        }
        if (value instanceof LocalDateTime time) {
            return TIME.format(time.atZone(UTC).withZoneSameInstant(CITY));
        }
        if (value instanceof Number number && !(value instanceof BigDecimal)) {
            return number.longValue();
        }
        return value;
    }
}
