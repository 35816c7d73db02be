package vn.vtlt.warehouse.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL for the tests, as a data centre runs it: the Debian package's server binaries
 * ({@code /usr/lib/postgresql/<version>/bin}, installed by {@code .ci/run} when missing), a scratch cluster in a temporary
 * folder on 127.0.0.1 with password authentication (scram-sha-256), started once per test JVM and stopped at its
 * end. Each test gets a database of its own. Without the binaries the tests that need it fail, saying so: they are
 * never skipped.
 */
public final class PostgresServer {

    public static final String USER = "vtlt";
    /** The test cluster's password: a test asserts that it is printed nowhere. */
    public static final String PASSWORD = "pg-secret-7c1f0e2a";

    private static PostgresServer running;

    private final int port;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresServer(int port) {
        this.port = port;
    }

    /** The cluster of this JVM, started on first use. */
    public static synchronized PostgresServer get() {
        if (running == null) {
            running = start();
        }
        return running;
    }

    /** A new, empty database; returns its JDBC URL. */
    public String newDatabase() {
        String name = "vtlt_test_" + databases.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return url(name);
    }

    /** The environment that points a command at a database, its password in a secret file (mode 600). */
    public static Map<String, String> environment(String url, Path secretFolder) {
        try {
            Path passwordFile = secretFolder.resolve("job-repository.password");
            Files.writeString(passwordFile, PASSWORD + "\n");
            Files.setPosixFilePermissions(passwordFile, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            return Map.of("VTLT_JOB_REPOSITORY_URL", url, "VTLT_JOB_REPOSITORY_USERNAME", USER,
                    "VTLT_JOB_REPOSITORY_PASSWORD_FILE", passwordFile.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private static PostgresServer start() {
        try {
            Path bin = binaries();
            Path root = Files.createTempDirectory("vtlt-postgres");
            Path data = root.resolve("data");
            Path passwordFile = root.resolve("pwfile");
            Files.writeString(passwordFile, PASSWORD);
            boolean asRoot = "root".equals(System.getProperty("user.name"));
            if (asRoot) {
                // initdb refuses root: the cluster belongs to the package's postgres account
                run(List.of("chown", "-R", "postgres", root.toString()), false);
            }
            run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "-A", "scram-sha-256",
                    "--pwfile=" + passwordFile, "-E", "UTF8", "--no-sync"), asRoot);
            int port = freePort();
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", root.resolve("server.log").toString(),
                    "-o", "-p " + port + " -k " + root + " -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200",
                    "-w", "start"), asRoot);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"), asRoot);
                    deleteTree(root);
                } catch (IOException e) {
                    // the temporary folder stays behind
                }
            }));
            return new PostgresServer(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path binaries() throws IOException {
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Path newest = versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                        .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString().replaceAll("\\D", "0"))))
                        .orElse(null);
                if (newest != null) {
                    return newest.resolve("bin");
                }
            }
        }
        throw new IllegalStateException("These tests need PostgreSQL's server binaries under /usr/lib/postgresql: "
                + "apt-get install -y postgresql (.ci/run does)");
    }

    private static void run(List<String> command, boolean asPostgres) throws IOException {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " failed:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
