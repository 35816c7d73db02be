package vn.vtlt.warehouse.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import vn.vtlt.warehouse.config.VtltProperties;

/**
 * The DuckDB warehouse file, opened read-write by this process alone (DuckDB allows one writer), its schema brought
 * up to date from {@code sql/} at start. Only the coordinating thread writes; validation never touches it.
 */
@Component
public class Warehouse implements SqlSession, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Warehouse.class);

    /** Work done inside one DuckDB transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException, IOException;
    }

    /** Replaced once, at start, after the numbered files ran (see the constructor). */
    private Connection connection;
    /** One prepared statement per variable name: a submission sets the same few variables thousands of times. */
    private final java.util.Map<String, PreparedStatement> variableSetters = new java.util.HashMap<>();

    @Autowired
    public Warehouse(VtltProperties properties) throws SQLException, IOException {
        this(properties.warehouseFile().toAbsolutePath().toString(), Files.createDirectories(properties.tempDir()), properties);
        log.info("Warehouse {} ready", properties.warehouseFile());
    }

    private Warehouse(String database, Path tempDir, VtltProperties properties) throws SQLException {
        Properties settings = new Properties();
        settings.setProperty("memory_limit", properties.duckdb().memoryLimit());
        settings.setProperty("threads", Integer.toString(properties.duckdb().threads()));
        settings.setProperty("temp_directory", tempDir.toAbsolutePath().toString());
        settings.setProperty("autoinstall_known_extensions", "false");
        settings.setProperty("autoload_known_extensions", "false");
        // A checkpoint keeps the row groups as the loads wrote them (see checkpoint(boolean)).
        settings.setProperty("max_vacuum_tasks", "0");
        connect(database, settings, properties);
        String fingerprint = SqlScripts.fingerprint();
        if (!upToDate(fingerprint)) {
            for (String script : SqlScripts.numbered()) {
                execute(script);
            }
            // The scripts rewrite the reference tables; until a checkpoint those rows hold blocks of 256 KiB per
            // column in DuckDB's memory (about 36 MiB, measured with duckdb_memory()), which a large submission lacks.
            checkpoint();
            if (!database.isEmpty()) {
                // What they left, as a later start will read it: DuckDB writes a view's or macro's text anew when it
                // reads the file, so the state is taken from the file reopened (a warehouse in memory is never reused).
                connection.close();
                connect(database, settings, properties);
                setVariable("schema_fingerprint", fingerprint);
                setVariable("schema_state", state());
                execute("sql/schema/record.sql");
            }
            log.info("Schema and reference data written by the numbered sql/ files");
        }
    }

    private void connect(String database, Properties settings, VtltProperties properties) throws SQLException {
        connection = DriverManager.getConnection("jdbc:duckdb:" + database, settings);
        variableSetters.clear();
        limitTemporaryDisk(properties.duckdb().maxTempSize());
    }

    /**
     * Whether the numbered files with this fingerprint built the warehouse and what they left is still there
     * ({@code sql/schema/state.sql}): then running them again would change nothing.
     */
    private boolean upToDate(String fingerprint) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (java.sql.ResultSet versioned = statement.executeQuery(SqlScripts.text("sql/schema/versioned.sql"))) {
                if (!versioned.next() || !versioned.getBoolean(1)) {
                    return false;
                }
            }
            try (java.sql.ResultSet row = statement.executeQuery(SqlScripts.text("sql/schema/fingerprint.sql"))) {
                return row.next() && fingerprint.equals(row.getString(1)) && state().equals(row.getString(2));
            }
        }
    }

    /** The hash of the views, macros, columns and reference rows the numbered files leave. */
    private String state() throws SQLException {
        try (Statement statement = connection.createStatement();
             java.sql.ResultSet row = statement.executeQuery(SqlScripts.text("sql/schema/state.sql"))) {
            row.next();
            return row.getString(1);
        }
    }

    /**
     * DuckDB's max_temp_directory_size, set once the connection is open: given with the connection's settings it is
     * reset by temp_directory (measured: a run at 8MB spilled 66 MiB).
     */
    private void limitTemporaryDisk(String size) throws SQLException {
        if (size.isBlank()) {
            return;
        }
        if (!size.strip().matches("\\d+(\\.\\d+)?\\s*[KMGT]i?B")) {
            throw new IllegalArgumentException("vtlt.duckdb.max-temp-size: a size such as 10GB, not " + size);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("set max_temp_directory_size = '" + size.strip() + "'");
        }
    }

    /**
     * An empty warehouse in memory, with the schema and reference data of the real one: for checking input
     * against the same SQL without touching the home folder ({@code check}); it spills to the system's temporary folder.
     */
    public static Warehouse scratch(VtltProperties properties) throws SQLException {
        return new Warehouse("", Path.of(System.getProperty("java.io.tmpdir")), properties);
    }

    /** Opens a warehouse file read-only, as analysts and the reading commands do: it can never be changed through it. */
    public static Connection openReadOnly(Path file) throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), readOnly);
    }

    /** Runs one SQL file (several statements) with the session's variables. */
    @Override
    public void execute(String script) throws SQLException {
        long started = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute(SqlScripts.text(script));
        }
        log.debug("{}: {} ms", script, (System.nanoTime() - started) / 1_000_000);
    }

    /** Sets a session variable read by the SQL files with {@code getvariable('name')}. */
    @Override
    public void setVariable(String name, Object value) throws SQLException {
        PreparedStatement statement = variableSetters.get(name);
        if (statement == null) {
            statement = connection.prepareStatement("set variable " + name + " = ?");
            variableSetters.put(name, statement);
        }
        statement.setObject(1, value);
        statement.execute();
    }

    /** Runs work in one transaction: all of it is committed, or none. */
    public synchronized <T> T inTransaction(Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new WarehouseException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs one statement of an {@code sql/} file with its parameters bound in order, in a transaction of its own. */
    public void update(String script, Object... parameters) {
        inTransaction(connection -> {
            try (java.sql.PreparedStatement statement = SqlScripts.prepare(connection, script, parameters)) {
                statement.execute();
            }
            return null;
        });
    }

    /** The yes-or-no answer of a one-value query of an {@code sql/} file, its parameters bound in order. */
    public boolean holds(String script, Object... parameters) {
        return inTransaction(connection -> {
            try (java.sql.PreparedStatement statement = SqlScripts.prepare(connection, script, parameters);
                 java.sql.ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        });
    }

    /** Writes everything to the database file, so that a copy of the file alone is the whole warehouse. */
    public void checkpoint() throws SQLException {
        checkpoint(false);
    }

    /**
     * Writes everything to the database file. Each load group's facts end in a partly filled row group (a group's rows
     * are seldom a multiple of DuckDB's 122,880), and DuckDB's checkpoint by default merges partly filled row groups
     * with their neighbours, rewriting them: at the end of bench's large set, 6,000,000 rows written twice, about 4 s,
     * and a file a third larger (the old blocks stay free inside it). So this connection's checkpoints keep the row
     * groups as written ({@code max_vacuum_tasks=0}: a row group whose rows are all deleted is still dropped), and only
     * with {@code reclaimDeletedRows}, after a run that deleted facts of a replaced submission, do they merge, which
     * removes the deleted rows from the row groups they shared with other submissions.
     */
    public synchronized void checkpoint(boolean reclaimDeletedRows) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (!reclaimDeletedRows) {
                statement.execute("checkpoint");
                return;
            }
            statement.execute("set max_vacuum_tasks = 100"); // DuckDB's default
            try {
                statement.execute("checkpoint");
            } finally {
                statement.execute("set max_vacuum_tasks = 0");
            }
        }
    }

    @Override
    public Connection connection() {
        return connection;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : variableSetters.values()) {
            statement.close();
        }
        connection.close();
    }

    /** A database error, unchecked. */
    public static class WarehouseException extends RuntimeException {
        public WarehouseException(SQLException cause) {
            super(cause.getMessage(), cause);
        }

        /** DuckDB's reason, short: its first line (it names the error and the resource, never a row's values). */
        public String reason() {
            String message = Objects.requireNonNullElse(getMessage(), getCause().getClass().getSimpleName()).strip();
            String line = message.lines().findFirst().orElse(message);
            return line.length() > 200 ? line.substring(0, 200) + "..." : line;
        }

        /** DuckDB ran out of its memory_limit and of what it may spill (max_temp_directory_size). */
        public boolean outOfMemory() {
            return reason().startsWith("Out of Memory Error");
        }
    }
}
