package vn.vtlt.warehouse.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.yaml.snakeyaml.Yaml;

/**
 * A few settings as Spring Boot would resolve them, for the commands that answer without starting Spring
 * ({@code history}, {@code status}, the rerun's quick check): a {@code --name=value} argument first, then the
 * environment variable of that name ({@code vtlt.job-repository.url}: {@code VTLT_JOB_REPOSITORY_URL}), then the job
 * files named by {@code --spring.config.location} or {@code --spring.config.additional-location} (a later file
 * wins; YAML nested or flat, or properties). Placeholders and profiles are not resolved: these commands read plain
 * values (a home folder, a JDBC URL, a user name, a secret file's path).
 */
public final class PlainSettings {

    private final Map<String, String> arguments = new HashMap<>();
    private final Map<String, String> environment;
    private final Map<String, String> files = new HashMap<>();

    private PlainSettings(Map<String, String> environment) {
        this.environment = environment;
    }

    public static PlainSettings of(List<String> arguments, Map<String, String> environment) {
        PlainSettings settings = new PlainSettings(environment);
        for (String argument : arguments) {
            int equals = argument.indexOf('=');
            if (argument.startsWith("--") && equals > 2) {
                settings.arguments.put(argument.substring(2, equals), argument.substring(equals + 1));
            }
        }
        for (String name : List.of("spring.config.location", "spring.config.additional-location")) {
            String locations = settings.arguments.get(name);
            if (locations != null) {
                for (String location : locations.split(",")) {
                    settings.read(Path.of(location.strip().replaceFirst("^optional:", "").replaceFirst("^file:", "")));
                }
            }
        }
        return settings;
    }

    /** The value of a setting, e.g. {@code vtlt.job-repository.url}, or empty when none is given (or it is blank). */
    public Optional<String> get(String name) {
        String value = arguments.get(name);
        if (value == null) {
            value = environment.get(name.toUpperCase(Locale.ROOT).replace('.', '_').replace("-", ""));
        }
        if (value == null) {
            value = environment.get(name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        }
        if (value == null) {
            value = files.get(name);
        }
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    private void read(Path jobFile) {
        if (!Files.isRegularFile(jobFile)) {
            return;
        }
        try (InputStream in = Files.newInputStream(jobFile)) {
            if (jobFile.toString().endsWith(".properties")) {
                Properties properties = new Properties();
                properties.load(in);
                properties.stringPropertyNames().forEach(key -> files.put(key, properties.getProperty(key)));
            } else if (new Yaml().load(in) instanceof Map<?, ?> document) {
                flatten("", document);
            }
        } catch (IOException | RuntimeException e) {
            throw new UserError("cannot read the job file " + jobFile + ": " + e.getMessage());
        }
    }

    private void flatten(String prefix, Map<?, ?> node) {
        node.forEach((key, value) -> {
            String name = prefix + key;
            if (value instanceof Map<?, ?> child) {
                flatten(name + ".", child);
            } else if (value != null) {
                files.put(name, value.toString());
            }
        });
    }
}
