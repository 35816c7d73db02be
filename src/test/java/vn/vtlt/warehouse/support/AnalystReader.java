package vn.vtlt.warehouse.support;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;

/**
 * An analyst in another process: opens a DuckDB file read-only and keeps it open, answering "query" on standard
 * input with the staff total it sees ("STAFF n"), until "exit".
 */
public final class AnalystReader {

    private AnalystReader() {
    }

    public static void main(String[] args) throws Exception {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + args[0], readOnly);
             BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            System.out.println("OPEN");
            System.out.flush();
            for (String command; (command = commands.readLine()) != null && !command.equals("exit"); ) {
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("select coalesce(sum(total_staff), 0) from v_staffing_summary")) {
                    rows.next();
                    System.out.println("STAFF " + rows.getLong(1));
                    System.out.flush();
                }
            }
        }
    }
}
