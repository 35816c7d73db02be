package vn.vtlt.warehouse.validate;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pseudonymises person IDs (contract section 5): HMAC-SHA-256 with a key from configuration, hex. The same ID gives
 * the same key in every file and year, so people can be counted once; without the key an ID cannot be found back.
 * Not thread-safe: one instance per thread.
 */
public final class PersonKeyHasher {

    private final Mac mac;

    public PersonKeyHasher(String key) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    public String hash(String personId) {
        return HexFormat.of().formatHex(mac.doFinal(personId.getBytes(StandardCharsets.US_ASCII)));
    }
}
