package vn.vtlt.warehouse.pull;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.springframework.stereotype.Component;

import vn.vtlt.warehouse.config.SecretFiles;
import vn.vtlt.warehouse.config.VtltProperties;

/**
 * Bearer tokens of HTTP sources, by agency code: from {@code vtlt.http.tokens.<CODE>} or the properties file named
 * by {@code vtlt.http.token-file}. A token is only ever put in an Authorization header: never logged or stored.
 */
@Component
public class SourceTokens {

    private final Map<String, String> tokens = new HashMap<>();

    public SourceTokens(VtltProperties properties) {
        if (properties.http().tokens() != null) {
            properties.http().tokens().forEach((code, token) -> tokens.put(code.toUpperCase(Locale.ROOT), token));
        }
        if (properties.http().tokenFile() != null) {
            SecretFiles.requireOwnerOnly(properties.http().tokenFile());
            Properties file = new Properties();
            try (Reader reader = Files.newBufferedReader(properties.http().tokenFile(), StandardCharsets.UTF_8)) {
                file.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the token file " + properties.http().tokenFile(), e);
            }
            file.forEach((code, token) -> tokens.put(code.toString().toUpperCase(Locale.ROOT), token.toString().strip()));
        }
    }

    public Optional<String> forAgency(String agencyCode) {
        return Optional.ofNullable(tokens.get(agencyCode.toUpperCase(Locale.ROOT)));
    }
}
