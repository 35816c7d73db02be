package vn.vtlt.warehouse.feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.stereotype.Component;

import vn.vtlt.warehouse.config.VtltProperties;
import vn.vtlt.warehouse.validate.Dataset;
import vn.vtlt.warehouse.warehouse.SqlScripts;
import vn.vtlt.warehouse.warehouse.Warehouse;

/**
 * Writes, for every agency that sent something in a run, a feedback file in Vietnamese and one in English
 * ({@code feedback/run-<id>/<agency>.vi.md}, {@code .en.md}) that can be sent back to it as is: each file, what
 * became of it, and each fault with line, column, value, reason and what was expected. Built from the audit tables
 * only, so it shows exactly what the warehouse recorded.
 */
@Component
public class FeedbackWriter {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final Warehouse warehouse;
    private final VtltProperties properties;

    public FeedbackWriter(Warehouse warehouse, VtltProperties properties) {
        this.warehouse = warehouse;
        this.properties = properties;
    }

    /**
     * Files written at once: one agency's pair of small files is mostly waiting on the file system (creating a file),
     * so a few at once take a fraction of the time of one after the other.
     */
    static final int WRITING_THREADS = 4;

    /** Writes the run's feedback files; returns their folder. */
    public Path write(long runId) {
        Path folder = properties.feedbackDir().resolve("run-" + runId);
        Map<Path, String> files = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            Map<String, StringBuilder> byAgency = new LinkedHashMap<>();
            collectSubmissions(runId, language, byAgency);
            collectSourceEvents(runId, language, byAgency);
            byAgency.forEach((agency, text) -> files.put(folder.resolve(agency + "." + language.suffix + ".md"),
                    language.title(agency, runId) + text));
        }
        ExecutorService threads = Executors.newFixedThreadPool(WRITING_THREADS);
        try {
            Files.createDirectories(folder);
            List<Future<Path>> written = new ArrayList<>();
            files.forEach((file, text) -> written.add(threads.submit(() -> Files.writeString(file, text, StandardCharsets.UTF_8))));
            for (Future<Path> file : written) {
                file.get();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? new UncheckedIOException(io) : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the feedback files", e);
        } finally {
            threads.shutdownNow();
        }
        return folder;
    }

    private void collectSubmissions(long runId, Language language, Map<String, StringBuilder> byAgency) {
        warehouse.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(SqlScripts.text("sql/feedback/submissions.sql"))) {
                query.setLong(1, runId);
                try (ResultSet rows = query.executeQuery()) {
                    long currentSubmission = -1;
                    while (rows.next()) {
                        StringBuilder text = byAgency.computeIfAbsent(rows.getString("source_agency"), a -> new StringBuilder());
                        long submission = rows.getLong("submission_id");
                        if (submission != currentSubmission) {
                            currentSubmission = submission;
                            language.fileHeading(text, rows);
                        }
                        if (rows.getString("fault_code") != null) {
                            language.problemRow(text, rows, label(rows.getString("dataset"), rows.getString("column_name")));
                        }
                    }
                }
            }
            return null;
        });
    }

    private void collectSourceEvents(long runId, Language language, Map<String, StringBuilder> byAgency) {
        warehouse.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(SqlScripts.text("sql/feedback/source_events.sql"))) {
                query.setLong(1, runId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        StringBuilder text = byAgency.computeIfAbsent(rows.getString("agency_code"), a -> new StringBuilder());
                        text.append("\n- ").append(language.sourceLabel).append(": ")
                                .append(rows.getString(language.messageColumn)).append(": ")
                                .append(cell(rows.getString("detail"))).append('\n');
                    }
                }
            }
            return null;
        });
    }

    /**
     * Where a problem is: its line in a CSV file; in a sheet, the cell an agency sees ({@code nhan-su!D17}), or the
     * sheet and row when the problem is of the whole row.
     */
    public static String where(ResultSet row) throws java.sql.SQLException {
        Object line = row.getObject("line_no");
        String sheetCells = row.getString("sheet_cells");
        if (sheetCells == null) {
            return line == null ? "" : line.toString();
        }
        try {
            com.fasterxml.jackson.databind.JsonNode cells = JSON.readTree(sheetCells);
            String sheet = cells.path("sheet").asText();
            String letter = cells.path("columns").path(Objects.requireNonNullElse(row.getString("column_name"), "")).asText("");
            return line == null ? sheet : sheet + "!" + letter + line;
        } catch (java.io.IOException e) {
            return line == null ? "" : line.toString();
        }
    }

    /** "Trình độ (education_level)" where the column is one of the dataset's, else the name as found. */
    public static String label(String dataset, String column) {
        if (column == null) {
            return "";
        }
        return Dataset.ofCode(dataset == null ? "" : dataset)
                .flatMap(d -> d.headings().stream().filter(h -> h.alias().equals(column)).findFirst())
                .map(h -> h.label())
                .orElse(column);
    }

    /**
     * A value from a file or a source, as Markdown text: on one line, pipes escaped, and HTML markup turned into
     * entities, so that a viewer that renders Markdown shows {@code <script>} as text and never runs it.
     */
    static String cell(String value) {
        return value == null ? "" : value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\\", "\\\\").replace("|", "\\|").replaceAll("[\\r\\n]+", " ");
    }

    /** The two languages of the feedback and their wording. */
    private enum Language {
        VI("vi", "message_vi", "Nguồn dữ liệu", "Dòng", "Cột", "Giá trị", "Lỗi", "Yêu cầu", "Mức"),
        EN("en", "message_en", "Source", "Line", "Column", "Value", "Fault", "Expected", "Severity");

        final String suffix;
        final String messageColumn;
        final String sourceLabel;
        final String[] tableHeadings;

        Language(String suffix, String messageColumn, String sourceLabel, String... tableHeadings) {
            this.suffix = suffix;
            this.messageColumn = messageColumn;
            this.sourceLabel = sourceLabel;
            this.tableHeadings = tableHeadings;
        }

        String title(String agency, long runId) {
            return this == VI
                    ? "# Phản hồi dữ liệu văn thư, lưu trữ gửi Sở Nội vụ: " + agency + "\n\nLần nhập số " + runId + ".\n"
                    : "# Feedback on the records and archives data sent to the Department of Home Affairs: " + agency
                            + "\n\nImport run " + runId + ".\n";
        }

        void fileHeading(StringBuilder text, ResultSet row) throws java.sql.SQLException {
            String status = row.getString("status");
            text.append("\n## ").append(cell(row.getString("file_name"))).append(": ").append(statusText(status)).append("\n\n");
            if (row.getString("file_fault_code") != null) {
                text.append(this == VI ? "Lý do: " : "Reason: ").append(row.getString("file_" + messageColumn))
                        .append(" (").append(cell(row.getString("file_fault_detail"))).append(")\n");
                return;
            }
            text.append(this == VI
                    ? String.format("Số dòng đọc: %d; đã nạp: %d; dòng có lỗi: %d; cảnh báo: %d.%n",
                            row.getLong("rows_read"), row.getLong("rows_loaded"), row.getLong("rows_rejected"), row.getLong("warnings"))
                    : String.format("Rows read: %d; loaded: %d; rows with errors: %d; warnings: %d.%n",
                            row.getLong("rows_read"), row.getLong("rows_loaded"), row.getLong("rows_rejected"), row.getLong("warnings")));
            if (row.getString("fault_code") != null) {
                text.append("\n| ").append(String.join(" | ", tableHeadings)).append(" |\n|")
                        .append("---|".repeat(tableHeadings.length)).append('\n');
            }
        }

        void problemRow(StringBuilder text, ResultSet row, String column) throws java.sql.SQLException {
            text.append("| ").append(cell(where(row))).append(" | ").append(cell(column)).append(" | ")
                    .append(cell(row.getString("value"))).append(" | ").append(cell(row.getString(messageColumn)))
                    .append(" | ").append(cell(row.getString("expected"))).append(" | ")
                    .append(severityText(row.getString("severity"))).append(" |\n");
        }

        private String statusText(String status) {
            return switch (status) {
                case "ACCEPTED" -> this == VI ? "ĐÃ TIẾP NHẬN" : "ACCEPTED";
                case "SUPERSEDED" -> this == VI ? "KHÔNG THAY THẾ BẢN MỚI HƠN" : "NOT USED, A NEWER VERSION IS CURRENT";
                default -> this == VI ? "BỊ TỪ CHỐI, đề nghị sửa và gửi lại" : "REJECTED, please correct and send again";
            };
        }

        private String severityText(String severity) {
            return "ERROR".equals(severity) ? (this == VI ? "Lỗi" : "Error") : (this == VI ? "Cảnh báo" : "Warning");
        }
    }
}
