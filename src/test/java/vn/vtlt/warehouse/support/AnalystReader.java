package vn.vtlt.warehouse.support;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import vn.vtlt.warehouse.warehouse.Warehouse;

/**
 * An analyst in another process: opens a DuckDB file read-only and keeps it open, answering "query" on standard
 * input with the staff total it sees ("STAFF n"), until "exit".
 */
public final class AnalystReader {

    private AnalystReader() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection connection = Warehouse.openReadOnly(Path.of(args[0]));
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
