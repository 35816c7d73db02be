package vn.vtlt.warehouse.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The SQL files of {@code sql/} (packed into the jar under {@code sql/}): the numbered warehouse files, run in
 * order at every start, and the per-submission statements under {@code sql/submission/} and {@code sql/registry/}.
 */
public final class SqlScripts {

    private static final Pattern NUMBERED = Pattern.compile("\\d{3}_.*\\.sql");
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private SqlScripts() {
    }

    /** The numbered files {@code sql/NNN_*.sql}, in order. */
    public static List<String> numbered() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:sql/*.sql");
            return Arrays.stream(resources)
                    .map(Resource::getFilename)
                    .filter(name -> name != null && NUMBERED.matcher(name).matches())
                    .sorted(Comparator.naturalOrder())
                    .map(name -> "sql/" + name)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The SHA-256 (hex) of the numbered files' names and texts, in order: which version of the schema and reference
     * data a warehouse was built by.
     */
    public static String fingerprint() {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            for (String script : numbered()) {
                digest.update((script + "\n" + text(script) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of a file, e.g. {@code sql/submission/roster/load.sql}. */
    public static String text(String path) {
        return CACHE.computeIfAbsent(path, p -> {
            try (InputStream in = SqlScripts.class.getClassLoader().getResourceAsStream(p)) {
                if (in == null) {
                    throw new IllegalStateException("missing SQL file " + p);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The one statement of a file, prepared on that connection with its parameters bound in order. */
    public static PreparedStatement prepare(Connection connection, String path, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(text(path));
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
