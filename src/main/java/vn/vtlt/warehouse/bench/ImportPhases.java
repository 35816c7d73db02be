package vn.vtlt.warehouse.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.vtlt.warehouse.status.JobHistory;
import vn.vtlt.warehouse.warehouse.SqlScripts;

/**
 * Where one {@code import} process spent its time, phase by phase, so that the next bottleneck is visible without a
 * profiler (issue 15). The boundaries are the process's own start and exit and the start of each step of the run, as
 * Spring Batch recorded them in the home's job repository: the phases are contiguous and add up to the whole.
 */
final class ImportPhases {

    /** The phases, in order: the step that starts each one after the first (which begins with the JVM). */
    static final Map<String, String> PHASES = phases();

    private ImportPhases() {
    }

    private static Map<String, String> phases() {
        Map<String, String> phases = new LinkedHashMap<>();
        phases.put("start", null);                       // JVM, Spring, job repository, DuckDB schema, registry
        phases.put("receive", "receiveStep");
        phases.put("decode+validate", "validateStep");
        phases.put("checks+load", "loadStep");
        phases.put("feedback+publish", "finishStep");   // to the process's exit
        return phases;
    }

    /** Seconds of each phase of the latest run in {@code home}, between the process's start and exit (local time). */
    static Map<String, Double> of(Path home, LocalDateTime processStarted, LocalDateTime processEnded) throws SQLException {
        Map<String, LocalDateTime> stepStarts = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(JobHistory.embeddedUrl(home), "sa", "");
             PreparedStatement steps = connection.prepareStatement(SqlScripts.text("sql/bench/step_starts.sql"));
             ResultSet rows = steps.executeQuery()) {
            while (rows.next()) {
                stepStarts.put(rows.getString(1), rows.getTimestamp(2).toLocalDateTime());
            }
        }
        Map<String, Double> seconds = new LinkedHashMap<>();
        List<String> names = List.copyOf(PHASES.keySet());
        for (int i = 0; i < names.size(); i++) {
            LocalDateTime from = i == 0 ? processStarted : stepStarts.get(PHASES.get(names.get(i)));
            LocalDateTime to = i + 1 < names.size() ? stepStarts.get(PHASES.get(names.get(i + 1))) : processEnded;
            seconds.put(names.get(i), from == null || to == null ? Double.NaN : Duration.between(from, to).toNanos() / 1e9);
        }
        return seconds;
    }
}
