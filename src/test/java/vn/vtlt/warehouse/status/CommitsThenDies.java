package vn.vtlt.warehouse.status;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** Commits a row to the embedded job history of a home, prints {@code committed}, then dies as kill -9 would. */
public final class CommitsThenDies {

    private CommitsThenDies() {
    }

    public static void main(String[] args) throws Exception {
        Connection connection = DriverManager.getConnection(JobHistory.embeddedUrl(Path.of(args[0])), "sa", "");
        try (Statement statement = connection.createStatement()) {
            statement.execute("create table committed_before_death (id int)");
            statement.execute("insert into committed_before_death values (42)");
        }
        System.out.println("committed");
        System.out.flush();
        Runtime.getRuntime().halt(0); // no close, no shutdown hook: what a killed import leaves
    }
}
