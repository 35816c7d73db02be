package vn.vtlt.warehouse.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.sql.DataSource;

import vn.vtlt.warehouse.config.UserError;
import vn.vtlt.warehouse.config.VtltProperties;
import vn.vtlt.warehouse.load.Policy;
import vn.vtlt.warehouse.publish.Publisher;
import vn.vtlt.warehouse.pull.HttpSource;
import vn.vtlt.warehouse.pull.SourceException;
import vn.vtlt.warehouse.registry.RegistryLoader;
import vn.vtlt.warehouse.status.JobHistory;
import vn.vtlt.warehouse.warehouse.Warehouse;

/**
 * What {@code check} looks at before a night's import does, in the order an import needs them: the settings, the
 * registry (read and checked with the import's own rules, in a scratch warehouse in memory), the inbox, the person
 * key and secret files, free disk space, the warehouse and the job repository (opened, never changed) and, when
 * asked, every HTTP source. Each finding is one line; a {@link Level#FIX} means the next run would fail or lose
 * something.
 */
public final class Preflight {

    /** How much free space the home folder needs at least (the archive, staging and a snapshot grow in it). */
    static final long MIN_FREE_BYTES = 1L << 30;

    public enum Level { OK, NOTE, FIX }

    /** One line of the check. */
    public record Finding(Level level, String what, String detail) {

        public String line() {
            return String.format("%-5s %s: %s", level, what, detail);
        }
    }

    /** The parts of the application a check opens, each only when its turn comes (they fail on their own). */
    public record Parts(VtltProperties properties, Supplier<Object> personKeys, Supplier<Object> sourceTokens,
                        Supplier<DataSource> jobRepository, Supplier<HttpSource> http, boolean embeddedJobRepository) {
    }

    private final Parts parts;
    private final List<Finding> findings = new ArrayList<>();

    private Preflight(Parts parts) {
        this.parts = parts;
    }

    /** Runs every check; {@code sources}: also ask every HTTP source for its listing. */
    public static List<Finding> run(Parts parts, boolean sources) {
        Preflight check = new Preflight(parts);
        check.settings();
        List<String[]> httpSources = check.registryAndInbox();
        check.secrets();
        check.disk();
        check.warehouse();
        check.jobRepository();
        if (sources) {
            check.sources(httpSources);
        }
        return check.findings;
    }

    private void add(Level level, String what, String detail) {
        findings.add(new Finding(level, what, detail));
    }

    private VtltProperties properties() {
        return parts.properties();
    }

    private void settings() {
        try {
            Policy policy = Policy.of(properties().policy());
            add(Level.OK, "settings", "home " + properties().home() + ", policy " + policy.label() + ", DuckDB memory limit "
                    + properties().duckdb().memoryLimit());
        } catch (UserError e) {
            add(Level.FIX, "settings", e.getMessage());
        }
    }

    /** The registry as the import reads it, then the inbox's folders against it; returns the HTTP sources. */
    private List<String[]> registryAndInbox() {
        Path registry = properties().registry();
        List<String[]> sources = new ArrayList<>();
        if (registry == null) {
            add(Level.FIX, "registry", "not set: --registry FILE or vtlt.registry in the job file");
        } else if (!Files.isRegularFile(registry)) {
            add(Level.FIX, "registry", "file not found: " + registry);
        } else {
            try (Warehouse scratch = Warehouse.scratch(properties())) {
                Path staged = Files.createTempFile("vtlt-registry-", ".csv");
                try {
                    int rows = RegistryLoader.check(registry, scratch, staged, properties().limits());
                    sources.addAll(agencySources(scratch));
                    long http = sources.stream().filter(s -> s[1] != null).count();
                    add(Level.OK, "registry " + registry, rows + " agency rows, " + (sources.size() - http)
                            + " folder sources, " + http + " HTTP sources");
                } finally {
                    Files.deleteIfExists(staged);
                }
            } catch (UserError e) {
                add(Level.FIX, "registry " + registry, e.getMessage());
            } catch (IOException | SQLException | RuntimeException e) {
                add(Level.FIX, "registry " + registry, "cannot be read: " + e.getMessage());
            }
        }
        inbox(sources);
        return sources.stream().filter(s -> s[1] != null).toList();
    }

    private static List<String[]> agencySources(Warehouse scratch) throws SQLException {
        List<String[]> sources = new ArrayList<>();
        try (Statement statement = scratch.connection().createStatement();
             ResultSet rows = statement.executeQuery(
                     "select code, max(nullif(source, '')) from stg_registry group by code order by code")) {
            while (rows.next()) {
                sources.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        }
        return sources;
    }

    private void inbox(List<String[]> sources) {
        Path inbox = properties().inbox();
        if (inbox == null) {
            add(Level.FIX, "inbox", "not set: --inbox DIR or vtlt.inbox in the job file");
            return;
        }
        if (!Files.isDirectory(inbox) || !Files.isReadable(inbox)) {
            add(Level.FIX, "inbox " + inbox, "not a readable folder");
            return;
        }
        Set<String> registered = new TreeSet<>();
        sources.forEach(s -> registered.add(s[0]));
        Set<String> strangers = new TreeSet<>();
        long folders = 0;
        try (Stream<Path> entries = Files.list(inbox)) {
            for (Path entry : entries.filter(Files::isDirectory).toList()) {
                folders++;
                String name = entry.getFileName().toString();
                if (!registered.isEmpty() && !registered.contains(name) && !name.startsWith(".")) {
                    strangers.add(name);
                }
            }
        } catch (IOException e) {
            add(Level.FIX, "inbox " + inbox, "cannot be listed: " + e.getMessage());
            return;
        }
        add(Level.OK, "inbox " + inbox, folders + " agency folders");
        if (!strangers.isEmpty()) {
            add(Level.NOTE, "inbox " + inbox, "folders of no agency in the registry, never read: " + String.join(", ", strangers));
        }
    }

    private void secrets() {
        try {
            parts.personKeys().get();
            add(Level.OK, "person key", properties().personKeyFile() != null
                    ? "from " + properties().personKeyFile() + " (owner-only)" : "from VTLT_PERSON_KEY");
        } catch (RuntimeException e) {
            add(Level.FIX, "person key", userMessage(e));
        }
        if (properties().http().tokenFile() != null) {
            try {
                parts.sourceTokens().get();
                add(Level.OK, "token file", properties().http().tokenFile() + " (owner-only)");
            } catch (RuntimeException e) {
                add(Level.FIX, "token file", userMessage(e));
            }
        }
    }

    private void disk() {
        Path home = properties().home();
        Path existing = home;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            if (existing == null || !Files.isWritable(existing)) {
                add(Level.FIX, "home " + home, "cannot be written by this user");
                return;
            }
            long free = Files.getFileStore(existing).getUsableSpace();
            String amount = String.format("%.1f GiB free", free / (double) (1L << 30));
            add(free < MIN_FREE_BYTES ? Level.FIX : Level.OK, "disk at " + existing,
                    free < MIN_FREE_BYTES ? amount + "; a run needs at least 1 GiB (archive, staging, a snapshot)" : amount);
        } catch (IOException e) {
            add(Level.FIX, "disk at " + existing, e.getMessage());
        }
    }

    private void warehouse() {
        openReadOnly("warehouse", properties().warehouseFile());
        openReadOnly("analysts' file", properties().home().resolve(Publisher.ANALYTICS_FILE));
    }

    private void openReadOnly(String what, Path file) {
        if (!Files.exists(file)) {
            add(Level.NOTE, what + " " + file, "not created yet: the first import creates it");
            return;
        }
        try (Connection connection = Warehouse.openReadOnly(file)) {
            add(Level.OK, what + " " + file, "opens");
        } catch (SQLException e) {
            add(Level.FIX, what + " " + file, "does not open: " + firstLine(e.getMessage())
                    + (e.getMessage().contains("lock") ? " (an import running now, or a client holding it read-write)" : ""));
        }
    }

    private void jobRepository() {
        if (parts.embeddedJobRepository() && !Files.exists(properties().home().resolve("job-repository"))) {
            add(Level.NOTE, "job repository", "not created yet: the first import creates it");
            return;
        }
        try (Connection connection = parts.jobRepository().get().getConnection()) {
            add(Level.OK, "job repository", "opens (" + connection.getMetaData().getDatabaseProductName() + ")");
        } catch (SQLException | RuntimeException e) {
            add(Level.FIX, "job repository", "does not open: " + firstLine(e.getMessage())
                    + (JobHistory.inUse(e) ? " (an import is running now)" : ""));
        }
    }

    private void sources(List<String[]> httpSources) {
        if (httpSources.isEmpty()) {
            add(Level.OK, "HTTP sources", "none in the registry");
            return;
        }
        HttpSource http = parts.http().get();
        for (String[] source : httpSources) {
            try {
                HttpSource.Listing listing = http.list(source[0], source[1], null);
                add(Level.OK, "source of " + source[0], listing.files().size() + " files listed at " + source[1]);
            } catch (SourceException e) {
                add(Level.FIX, "source of " + source[0], e.fault() + " " + e.getMessage());
            }
        }
    }

    private static String userMessage(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UserError) {
                return cause.getMessage();
            }
            if (cause.getCause() == null) {
                return firstLine(cause.getMessage());
            }
        }
        return String.valueOf(e.getMessage());
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
