package vn.vtlt.warehouse.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The portal's own embedded database, {@code <home>/portal/portal.mv.db} (H2). It is opened in H2's automatic mixed
 * mode ({@code AUTO_SERVER}): the first process to open it (normally {@code serve}) lets the others ({@code users},
 * {@code tokens}) in through a TCP port bound to 127.0.0.1 only, so accounts can be changed while the portal runs
 * and never from another machine.
 */
public final class PortalDatabase {

    static {
        // read once by H2 when it starts: its automatic server then listens on the loopback interface only
        System.setProperty("h2.bindAddress", "127.0.0.1");
    }

    private PortalDatabase() {
    }

    public static String url(Path home) {
        return "jdbc:h2:file:" + home.toAbsolutePath().resolve("portal/portal") + ";AUTO_SERVER=TRUE";
    }

    /** A plain data source on the file (the commands); the schema brought up to date. */
    public static DataSource open(Path home) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url(home), "sa", "");
        migrate(home, dataSource);
        return dataSource;
    }

    /** Creates the folder and the tables ({@code sql/portal/1_schema.sql}) when missing. */
    public static void migrate(Path home, DataSource dataSource) {
        try {
            Files.createDirectories(home.toAbsolutePath().resolve("portal"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection connection = dataSource.getConnection()) {
            ScriptUtils.executeSqlScript(connection, new ClassPathResource("sql/portal/1_schema.sql"));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the portal's database under " + home, e);
        }
    }
}
