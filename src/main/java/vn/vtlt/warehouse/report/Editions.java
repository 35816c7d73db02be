package vn.vtlt.warehouse.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.vtlt.warehouse.config.UserError;
import vn.vtlt.warehouse.warehouse.SqlScripts;

/**
 * Published editions of the review ({@code sql/085_editions.sql}): freezing one ({@code review publish}), listing
 * them, and reading one back exactly as it was frozen ({@code report --edition}), whatever was imported since.
 */
public final class Editions {

    /** An edition with how many submissions it froze and how many of its figures the current data moved. */
    public record Listed(Edition edition, long sources, long figuresMoved) {
    }

    private Editions() {
    }

    /**
     * Freezes the review of from..to as the warehouse holds it now under a number and date: its figures, every cell
     * of its breakdowns and the submission versions they come from. Runs inside the caller's transaction.
     */
    public static Edition publish(Connection connection, String number, int from, int to, LocalDate publishedOn,
                                  String title, Instant frozenAt) throws SQLException, IOException {
        if (find(connection, number) != null) {
            throw new UserError("Edition " + number + " is already published; an edition never changes (choose another number)");
        }
        Review review = ReviewQuery.current(connection, from, to, null, frozenAt);
        update(connection, "insert_edition", number, from, to, publishedOn, title, LocalDateTime.ofInstant(frozenAt, ZoneOffset.UTC));
        update(connection, "freeze_figures", number, from, to);
        update(connection, "freeze_sources", number, from, to);
        try (PreparedStatement insert = connection.prepareStatement(SqlScripts.text("sql/editions/insert_cell.sql"))) {
            for (Review.Table table : review.tables()) {
                for (int r = 0; r < table.rows().size(); r++) {
                    List<Object> row = table.rows().get(r);
                    for (int c = 0; c < row.size(); c++) {
                        bindCell(insert, number, table.id(), r + 1, c + 1, row.get(c));
                        insert.addBatch();
                    }
                }
            }
            insert.executeBatch();
        }
        return find(connection, number);
    }

    /** Every edition, the latest published first. */
    public static List<Listed> list(Connection connection) throws SQLException {
        List<Listed> editions = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SqlScripts.text("sql/editions/list.sql"));
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                editions.add(new Listed(edition(rows), rows.getLong("sources"), rows.getLong("figures_moved")));
            }
        }
        return editions;
    }

    /** An edition exactly as frozen: its figures and breakdowns, generated when it was frozen. */
    public static Review read(Connection connection, String number) throws SQLException {
        Edition edition = find(connection, number);
        if (edition == null) {
            throw new UserError("No edition " + number + " (review list shows the published editions)");
        }
        List<Review.Figure> figures = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, "figures", number); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                figures.add(new Review.Figure(rows.getString("figure"), rows.getString("unit"), rows.getString("label_vi"),
                        rows.getString("label_en"), rows.getBigDecimal("value")));
            }
        }
        Map<String, List<List<Object>>> cells = new LinkedHashMap<>();
        ReviewQuery.BREAKDOWNS.forEach(id -> cells.put(id, new ArrayList<>()));
        try (PreparedStatement statement = prepare(connection, "cells", number); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                List<List<Object>> table = cells.get(rows.getString("table_id"));
                int row = rows.getInt("row_no");
                while (table.size() < row) {
                    table.add(new ArrayList<>());
                }
                table.get(row - 1).add(cell(rows));
            }
        }
        List<Review.Table> tables = new ArrayList<>();
        cells.forEach((id, rows) -> tables.add(ReviewQuery.heading(id, rows)));
        return new Review(edition.from(), edition.to(), figures, tables, null, edition, edition.frozenAt());
    }

    /** The latest edition of the same years, or null. */
    static String latestOf(Connection connection, int from, int to) throws SQLException {
        try (PreparedStatement statement = prepare(connection, "latest_for_years", from, to); ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    static Edition find(Connection connection, String number) throws SQLException {
        try (PreparedStatement statement = prepare(connection, "edition", number); ResultSet rows = statement.executeQuery()) {
            return rows.next() ? edition(rows) : null;
        }
    }

    private static Edition edition(ResultSet rows) throws SQLException {
        return new Edition(rows.getString("edition"), rows.getInt("from_year"), rows.getInt("to_year"),
                rows.getObject("published_on", LocalDate.class), rows.getString("title"),
                rows.getObject("frozen_at", LocalDateTime.class).toInstant(ZoneOffset.UTC));
    }

    /** A cell by its kind, so that it reads back as the same Java value (and so renders the same bytes). */
    private static void bindCell(PreparedStatement insert, String number, String table, int row, int column, Object value)
            throws SQLException {
        String kind;
        BigDecimal decimal = null;
        String vi = null;
        String en = null;
        if (value == null) {
            kind = "EMPTY";
        } else if (value instanceof Long whole) {
            kind = "WHOLE";
            decimal = BigDecimal.valueOf(whole);
        } else if (value instanceof Review.Percent percent) {
            kind = "PERCENT";
            decimal = percent.value();
        } else if (value instanceof BigDecimal number1) {
            kind = "DECIMAL";
            decimal = number1;
        } else if (value instanceof Bilingual label) {
            kind = "LABEL";
            vi = label.vi();
            en = label.en();
        } else {
            kind = "TEXT";
            vi = value.toString();
        }
        Object[] values = {number, table, row, column, kind, decimal, vi, en};
        for (int i = 0; i < values.length; i++) {
            insert.setObject(i + 1, values[i]);
        }
    }

    private static Object cell(ResultSet rows) throws SQLException {
        BigDecimal number = rows.getBigDecimal("number");
        return switch (rows.getString("kind")) {
            case "EMPTY" -> null;
            case "WHOLE" -> number.longValueExact();
            case "PERCENT" -> new Review.Percent(number);
            case "DECIMAL" -> number;
            case "LABEL" -> new Bilingual(rows.getString("text_vi"), rows.getString("text_en"));
            default -> rows.getString("text_vi");
        };
    }

    private static void update(Connection connection, String file, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, file, parameters)) {
            statement.executeUpdate();
        }
    }

    static PreparedStatement prepare(Connection connection, String file, Object... parameters) throws SQLException {
        return SqlScripts.prepare(connection, "sql/editions/" + file + ".sql", parameters);
    }
}
