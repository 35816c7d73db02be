package vn.vtlt.warehouse.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

class PersonKeyHasherTest {

    @Test
    void givesTheKeysOfJavaxCryptoHmacSha256ForShortAndLongKeys() throws Exception {
        // given: a key as configured (32+ characters, Vietnamese allowed) and one longer than SHA-256's block
        for (String key : new String[] {"a key of at least thirty-two characters!", "khoá bí mật của thành phố, đủ dài 32+",
                "a key longer than the 64 bytes of a SHA-256 block, so HMAC hashes it first: 0123456789"}) {
            PersonKeyHasher hasher = new PersonKeyHasher(key);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            for (String id : new String[] {"079185000001", "079185000002", "123456789", "0"}) {
                // when
                String hashed = hasher.hash(id);
                // then: the same hex as the standard HMAC, for every ID the hasher is reused for
                assertThat(hashed).isEqualTo(HexFormat.of().formatHex(mac.doFinal(id.getBytes(StandardCharsets.US_ASCII))));
            }
        }
    }
}
