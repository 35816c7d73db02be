package vn.vtlt.warehouse.portal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import vn.vtlt.warehouse.pull.Archive;

/** Random secrets (API tokens, one-time links) and how they are kept: only their SHA-256. */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** 256 random bits, URL-safe. */
    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The stored form of a secret: enough to recognise it, never to recover it. */
    static String hash(String secret) {
        return HexFormat.of().formatHex(Archive.sha256().digest(secret.getBytes(StandardCharsets.UTF_8)));
    }
}
