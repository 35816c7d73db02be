package vn.vtlt.warehouse.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import vn.vtlt.warehouse.config.UserError;

/**
 * Who issues and signs the official review document, and to whom it goes: the small configuration file an operator
 * edits ({@code jobs/review.yml}). The number, date and figures never come from here but from the edition.
 */
public record Letterhead(String parentBody, String issuingBody, String place, String authority, String position,
                         String signerName, List<String> recipients) {

    public static Letterhead read(Path file) throws IOException {
        Map<String, Object> yaml;
        try (Reader reader = Files.newBufferedReader(file)) {
            yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (NoSuchFileException e) {
            throw new UserError("The official document needs its letterhead: no " + file
                    + " (--letterhead FILE; jobs/review.yml is the example to copy)");
        } catch (RuntimeException e) {
            throw new UserError(file + " is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        if (yaml == null) {
            throw new UserError(file + " is empty (jobs/review.yml is the example to copy)");
        }
        Map<?, ?> signer = yaml.get("signer") instanceof Map<?, ?> map ? map : Map.of();
        if (!(yaml.get("recipients") instanceof List<?> recipients) || recipients.isEmpty()) {
            throw new UserError(file + ": recipients (nơi nhận) must list at least one recipient");
        }
        return new Letterhead(required(file, yaml, "parent-body"), required(file, yaml, "issuing-body"),
                required(file, yaml, "place"), text(signer.get("authority")), required(file, signer, "position"),
                text(signer.get("name")), recipients.stream().map(Letterhead::text).toList());
    }

    private static String required(Path file, Map<?, ?> yaml, String key) {
        String value = text(yaml.get(key));
        if (value.isBlank()) {
            throw new UserError(file + ": " + key + " is missing (jobs/review.yml shows every setting)");
        }
        return value;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }
}
