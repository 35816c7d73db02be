package vn.vtlt.warehouse.rerun;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import vn.vtlt.warehouse.config.PlainSettings;
import vn.vtlt.warehouse.pull.Archive;
import vn.vtlt.warehouse.pull.InboxFingerprint;

/**
 * The cheap nightly rerun. A run that completed with only folder sources leaves {@code quick-check.properties} in
 * its home: a fingerprint of its settings (arguments, VTLT_ and SPRING_ environment, the files they name, the
 * program's jar), of its inbox as it was before it was read, and of the warehouse file it left. The next
 * {@code import} compares them before starting anything heavier than the JVM: when all are equal, nothing
 * could be new and it ends at once. Any run deletes the file when it starts, so a run that crashed, failed or
 * was stopped never leaves one behind; an HTTP source (which can only be asked) leaves none. It holds for the day
 * of the run only: the first run of a day runs whole, since the reporting calendar's reminders and lateness notices
 * fall due with the date, not with the files.
 */
public final class QuickCheck {

    public static final String FILE = "quick-check.properties";
    /** The days of the reporting calendar (contract section 9). */
    private static final java.time.ZoneId CALENDAR_ZONE = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

    private final Path home;
    private final List<String> arguments;
    private final Map<String, String> environment;

    public QuickCheck(List<String> arguments, Map<String, String> environment) {
        this.arguments = List.copyOf(arguments);
        this.environment = environment;
        this.home = configuredHome(arguments, environment);
    }

    /** The home the run will use, as far as can be told without Spring. */
    public Path home() {
        return home;
    }

    /** Why nothing needs to run, when that is so. */
    public Optional<String> unchanged() {
        Path file = home.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Properties saved = load(file);
            String inbox = saved.getProperty("inbox");
            boolean same = java.time.LocalDate.now(CALENDAR_ZONE).toString().equals(saved.getProperty("day"))
                    && settingsFingerprint().equals(saved.getProperty("settings"))
                    && inbox != null && InboxFingerprint.of(Path.of(inbox)).equals(saved.getProperty("inbox.fingerprint"))
                    && fileIdentity(home.resolve("warehouse.duckdb")).equals(saved.getProperty("warehouse"));
            return same
                    ? Optional.of("Nothing changed since run " + saved.getProperty("run") + " (" + saved.getProperty("finished")
                            + "): same settings, registry and program, no new or changed file in " + inbox
                            + ". Nothing to do (import --full runs the whole job anyway).")
                    : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Deletes the record: called when a run starts, so that only a completed run leaves one. */
    public void forget() throws IOException {
        Files.deleteIfExists(home.resolve(FILE));
    }

    /** Records a completed run (after the warehouse file is closed). */
    public void remember(Path runHome, Path inbox, String inboxFingerprint, long runId) throws IOException {
        if (!runHome.toAbsolutePath().normalize().equals(home)) {
            return;
        }
        Properties saved = new Properties();
        saved.setProperty("run", Long.toString(runId));
        saved.setProperty("finished", Instant.now().toString());
        saved.setProperty("day", java.time.LocalDate.now(CALENDAR_ZONE).toString());
        saved.setProperty("settings", settingsFingerprint());
        saved.setProperty("inbox", inbox.toAbsolutePath().toString());
        saved.setProperty("inbox.fingerprint", inboxFingerprint);
        saved.setProperty("warehouse", fileIdentity(home.resolve("warehouse.duckdb")));
        Path part = home.resolve(FILE + ".part");
        try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
            saved.store(out, "The last completed import: what a rerun compares (see README, Performance)");
        }
        Files.move(part, home.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Arguments, VTLT_ and SPRING_ variables, and every file they or the default config locations name. */
    String settingsFingerprint() throws IOException {
        MessageDigest digest = Archive.sha256();
        List<String> lines = new ArrayList<>(arguments);
        new TreeMap<>(environment).forEach((name, value) -> {
            if (name.startsWith("VTLT_") || name.startsWith("SPRING_")) {
                lines.add("env " + name + "=" + value);
            }
        });
        List<Path> files = new ArrayList<>();
        for (String argument : arguments) {
            int equals = argument.indexOf('=');
            if (equals > 0) {
                for (String value : argument.substring(equals + 1).split(",")) {
                    files.add(Path.of(value.replaceFirst("^optional:", "").replaceFirst("^file:", "")));
                }
            }
        }
        for (String name : List.of("application.yml", "application.yaml", "application.properties")) {
            files.add(Path.of(name));
            files.add(Path.of("config", name));
        }
        for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                files.add(Path.of(entry));
            }
        }
        for (Path file : files) {
            lines.add("file " + file.toAbsolutePath() + " " + fileIdentity(file));
        }
        lines.forEach(line -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(digest.digest());
    }

    static String fileIdentity(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.isRegularFile() ? attributes.size() + "@" + attributes.lastModifiedTime().toMillis() : "dir";
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return "none";
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }


    /** vtlt.home as Spring will resolve it: argument, then VTLT_HOME, then the job file, then ./data. */
    static Path configuredHome(List<String> arguments, Map<String, String> environment) {
        return Path.of(PlainSettings.of(arguments, environment).get("vtlt.home").orElse("data")).toAbsolutePath().normalize();
    }
}
