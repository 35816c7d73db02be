package vn.vtlt.warehouse.config;

import java.io.IOException;
import java.nio.file.Files;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.vtlt.warehouse.validate.PersonKeyHasher;

/**
 * Where the HMAC key for person IDs comes from (contract section 7): {@code VTLT_PERSON_KEY} or the file named by
 * {@code --person-key-file}, at least 32 characters. Without one, or with the built-in demo key, nothing but the
 * {@code demo} command starts (it sets {@code vtlt.demo}): person keys made with a known key are not secret.
 */
@Component
public class PersonKeys {

    public static final String DEMO_KEY = "vtlt-warehouse demo key - not secret - do not use for real data";
    private static final int MIN_LENGTH = 32;
    private static final Logger log = LoggerFactory.getLogger(PersonKeys.class);

    private final String key;

    public PersonKeys(VtltProperties properties, @Value("${vtlt.demo:false}") boolean demo) {
        this.key = resolve(properties, demo);
    }

    /** A new hasher; each thread needs its own. */
    public PersonKeyHasher newHasher() {
        return new PersonKeyHasher(key);
    }

    private static String resolve(VtltProperties properties, boolean demo) {
        String configured = properties.personKey();
        if (properties.personKeyFile() != null) {
            SecretFiles.requireOwnerOnly(properties.personKeyFile());
            try {
                configured = Files.readString(properties.personKeyFile()).strip();
            } catch (IOException e) {
                throw new UserError("cannot read the person key file " + properties.personKeyFile() + ": " + e.getMessage(), e);
            }
        }
        if (demo) {
            log.warn("Demo run: person IDs are keyed with the built-in DEMO key, which is not secret.");
            return DEMO_KEY;
        }
        if (configured == null || configured.isBlank()) {
            throw new UserError("No person key configured: set VTLT_PERSON_KEY (at least " + MIN_LENGTH
                    + " characters) or --person-key-file FILE (owner-only). Only the demo command runs without one.");
        }
        if (configured.equals(DEMO_KEY)) {
            throw new UserError("The person key is the built-in demo key, which is not secret: configure a "
                    + "key of your own (VTLT_PERSON_KEY or --person-key-file).");
        }
        if (configured.length() < MIN_LENGTH) {
            throw new UserError("The person key must be at least " + MIN_LENGTH + " characters long");
        }
        return configured;
    }
}
