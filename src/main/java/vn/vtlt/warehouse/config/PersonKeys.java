package vn.vtlt.warehouse.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.vtlt.warehouse.validate.PersonKeyHasher;

/**
 * Where the HMAC key for person IDs comes from (contract section 7): {@code VTLT_PERSON_KEY} or the file named by
 * {@code --person-key-file}, at least 32 characters. Without one, the built-in demo key is used and a warning says
 * so: person keys made with it are not secret.
 */
@Component
public class PersonKeys {

    static final String DEMO_KEY = "vtlt-warehouse demo key - not secret - do not use for real data";
    private static final int MIN_LENGTH = 32;
    private static final Logger log = LoggerFactory.getLogger(PersonKeys.class);

    private final String key;

    public PersonKeys(VtltProperties properties) {
        this.key = resolve(properties);
    }

    /** A new hasher; each thread needs its own. */
    public PersonKeyHasher newHasher() {
        return new PersonKeyHasher(key);
    }

    private static String resolve(VtltProperties properties) {
        String configured = properties.personKey();
        if (properties.personKeyFile() != null) {
            SecretFiles.requireOwnerOnly(properties.personKeyFile());
            try {
                configured = Files.readString(properties.personKeyFile()).strip();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the person key file " + properties.personKeyFile(), e);
            }
        }
        if (configured == null || configured.isBlank()) {
            log.warn("No person key configured (VTLT_PERSON_KEY or --person-key-file): using the built-in DEMO key. "
                    + "Person keys made with it are not secret; never use it for real data.");
            return DEMO_KEY;
        }
        if (configured.length() < MIN_LENGTH) {
            throw new IllegalStateException("The person key must be at least " + MIN_LENGTH + " characters long");
        }
        return configured;
    }
}
