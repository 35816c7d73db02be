package vn.vtlt.warehouse.warehouse;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A DuckDB connection that runs the SQL files of {@code sql/} with session variables: the warehouse the import
 * writes, or the portal's in-memory dry run over the analysts' file, so that both run the very same checks.
 */
public interface SqlSession {

    /** Runs one SQL file (several statements). */
    void execute(String script) throws SQLException;

    /** Sets a variable read by the SQL files with {@code getvariable('name')}. */
    void setVariable(String name, Object value) throws SQLException;

    Connection connection();
}
