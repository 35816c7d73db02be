package vn.vtlt.warehouse.validate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Pseudonymises person IDs (contract section 5): HMAC-SHA-256 (RFC 2104) with a key from configuration, hex. The same
 * ID gives the same key in every file and year, so people can be counted once; without the key an ID cannot be found
 * back. Not thread-safe: one instance per thread.
 * <p>
 * Written out with SHA-256 rather than {@code javax.crypto.Mac} because the two key blocks are hashed once here and
 * their state copied for each ID: {@code Mac} hashes them again for every ID, twice the work for every person ID of
 * every row. The copies are half of this class's time in a profile, yet resetting two digests and hashing the key
 * blocks again was measured 1.2 to 1.5 times slower an ID (2026-12-02). {@code PersonKeyHasherTest} checks it
 * against {@code Mac}.
 */
public final class PersonKeyHasher {

    private static final int BLOCK_BYTES = 64;
    private static final HexFormat HEX = HexFormat.of();

    /** SHA-256 after the key XOR ipad, and after the key XOR opad. */
    private final MessageDigest innerStart;
    private final MessageDigest outerStart;

    public PersonKeyHasher(String key) {
        try {
            byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
            if (keyBytes.length > BLOCK_BYTES) {
                keyBytes = MessageDigest.getInstance("SHA-256").digest(keyBytes);
            }
            byte[] block = Arrays.copyOf(keyBytes, BLOCK_BYTES);
            innerStart = MessageDigest.getInstance("SHA-256");
            outerStart = MessageDigest.getInstance("SHA-256");
            for (int i = 0; i < BLOCK_BYTES; i++) {
                innerStart.update((byte) (block[i] ^ 0x36));
                outerStart.update((byte) (block[i] ^ 0x5c));
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    public String hash(String personId) {
        MessageDigest inner = copy(innerStart);
        MessageDigest outer = copy(outerStart);
        outer.update(inner.digest(personId.getBytes(StandardCharsets.US_ASCII)));
        return HEX.formatHex(outer.digest());
    }

    private static MessageDigest copy(MessageDigest digest) {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 cannot be copied", e);
        }
    }
}
