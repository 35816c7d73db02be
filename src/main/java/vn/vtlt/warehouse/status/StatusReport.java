package vn.vtlt.warehouse.status;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import vn.vtlt.warehouse.warehouse.SqlScripts;

/**
 * Completeness of a reporting year, as an operator reads it after a run: how many active agencies have their
 * roster accepted, which are missing, which keys were rejected and why (one line each), and what the latest run
 * changed. Works on any connection to a warehouse (the analysts' file, read-only, for the {@code status} command).
 */
public final class StatusReport {

    /** The text, and the exit code a scheduler can act on. */
    public record Status(String text, int exitCode) {
    }

    /** Everything due is accepted. */
    public static final int COMPLETE = 0;
    /** The last run failed. */
    public static final int FAILED = 1;
    /** Completed, but something due is missing or rejected. */
    public static final int INCOMPLETE = 2;

    /** Unreachable agencies listed by name; a city that has not yet given addresses gets a count. */
    private static final int UNREACHABLE_SHOWN = 30;

    private StatusReport() {
    }

    public static Status of(Connection connection, Integer year) throws SQLException {
        StringBuilder text = new StringBuilder();
        Integer reportYear = year;
        try (PreparedStatement statement = connection.prepareStatement(SqlScripts.text("sql/status/year.sql"))) {
            statement.setObject(1, year);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                reportYear = (Integer) row.getObject(1);
            }
        }
        if (reportYear == null) {
            return new Status("No submission received yet.\n", INCOMPLETE);
        }
        boolean incomplete;
        try (PreparedStatement statement = connection.prepareStatement(SqlScripts.text("sql/status/counts.sql"))) {
            statement.setInt(1, reportYear);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                text.append(String.format("Reporting year %d: %d active agencies, nhan-su accepted from %d, rejected for %d, missing from %d.%n",
                        reportYear, row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4)));
                incomplete = row.getLong(2) < row.getLong(1);
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(SqlScripts.text("sql/status/problems.sql"))) {
            statement.setInt(1, reportYear);
            statement.setInt(2, reportYear);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    incomplete = true;
                    text.append(String.format("  %-8s %-12s %-9s %s%s%n", row.getString(3), row.getString(1), row.getString(2),
                            row.getString(4) == null ? "" : row.getString(4) + ": ", row.getString(5)));
                }
            }
        }
        timeliness(connection, reportYear, text);
        String lastRunStatus = lastRun(connection, text);
        int exit = "FAILED".equals(lastRunStatus) ? FAILED : incomplete ? INCOMPLETE : COMPLETE;
        return new Status(text.toString(), exit);
    }

    /**
     * The reporting calendar's view of the year: rates per dataset, the late and missing keys with their deadline
     * and days late, the agencies no notice can reach, and the notices the mail server has not taken.
     */
    private static void timeliness(Connection connection, int year, StringBuilder text) throws SQLException {
        text.append(String.format("Timeliness of %d (v_reporting_rate, v_submission_timeliness):%n", year));
        try (PreparedStatement statement = connection.prepareStatement(SqlScripts.text("sql/status/rates.sql"))) {
            statement.setInt(1, year);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    text.append(String.format("  %-9s expected %d, accepted %d (%s %%), on time %d (%s %%), late %d, missing %d%n",
                            row.getString(1), row.getLong(2), row.getLong(3), row.getBigDecimal(7), row.getLong(4),
                            row.getBigDecimal(8), row.getLong(5), row.getLong(6)));
                }
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(SqlScripts.text("sql/status/late_and_missing.sql"))) {
            statement.setInt(1, year);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    Object days = row.getObject(5);
                    long daysLate = days == null ? 0 : ((Number) days).longValue();
                    String when = days == null ? "" : daysLate > 0 ? ", " + daysLate + " day(s) late"
                            : ", due in " + (-daysLate) + " day(s)";
                    text.append(String.format("  %-8s %-12s %-9s deadline %s%s%n", row.getString(1), row.getString(2),
                            row.getString(3), row.getDate(4), when));
                }
            }
        }
        List<String> unreachable = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SqlScripts.text("sql/status/unreachable.sql"))) {
            statement.setInt(1, year);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    unreachable.add(row.getString(1));
                }
            }
        }
        if (!unreachable.isEmpty()) {
            int shown = Math.min(unreachable.size(), UNREACHABLE_SHOWN);
            text.append(String.format("Unreachable by e-mail (no email in the registry): %d agency(ies): %s%s%n",
                    unreachable.size(), String.join(", ", unreachable.subList(0, shown)),
                    shown < unreachable.size() ? " and " + (unreachable.size() - shown) + " more (table agency_email)" : ""));
        }
        try (PreparedStatement statement = connection.prepareStatement(SqlScripts.text("sql/status/notices_waiting.sql"));
             ResultSet row = statement.executeQuery()) {
            boolean first = true;
            while (row.next()) {
                if (first) {
                    text.append(String.format("Notices not sent yet (the next run tries again):%n"));
                    first = false;
                }
                text.append(String.format("  %-12s %-26s %d attempt(s): %s%n", row.getString(1), row.getString(2),
                        row.getInt(3), row.getString(4)));
            }
        }
    }

    private static String lastRun(Connection connection, StringBuilder text) throws SQLException {
        String status = null;
        try (PreparedStatement statement = connection.prepareStatement(SqlScripts.text("sql/status/last_run.sql"));
             ResultSet row = statement.executeQuery()) {
            boolean first = true;
            while (row.next()) {
                if (first) {
                    status = row.getString(2);
                    text.append(String.format("Latest run %d: %s, started %s, finished %s.%n", row.getLong(1), status,
                            row.getTimestamp(3), row.getTimestamp(4)));
                    first = false;
                }
                if (row.getString(5) != null) {
                    text.append(String.format("  changed: %-12s %-9s %d %-10s %s%n", row.getString(5), row.getString(6),
                            row.getInt(7), row.getString(8), row.getString(9)));
                }
            }
        }
        return status;
    }
}
