package vn.vtlt.warehouse.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo generator writes the same bytes and times for the same seed, and another city for another seed. */
class DemoGeneratorTest {

    private static String fingerprint(Path root) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(root.relativize(file).toString().getBytes());
                digest.update(Files.readAllBytes(file));
                digest.update(Long.toString(Files.getLastModifiedTime(file).toMillis()).getBytes());
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherCity(@TempDir Path root) throws Exception {
        DemoGenerator.Result first = DemoGenerator.generate(root.resolve("a"), DemoGenerator.DEFAULT_SEED);
        DemoGenerator.generate(root.resolve("b"), DemoGenerator.DEFAULT_SEED);
        DemoGenerator.generate(root.resolve("c"), 7);

        assertThat(fingerprint(root.resolve("a"))).isEqualTo(fingerprint(root.resolve("b")))
                .isNotEqualTo(fingerprint(root.resolve("c")));
        assertThat(first.files()).isGreaterThan(2_800);
        assertThat(Files.readAllLines(first.registry())).hasSize(709);
    }

    @Test
    void labelsInventedAgenciesAsDemoData(@TempDir Path root) throws IOException {
        DemoGenerator.Result demo = DemoGenerator.generate(root, DemoGenerator.DEFAULT_SEED);
        String registry = Files.readString(demo.registry());
        assertThat(registry).contains("QH-776,Ủy ban nhân dân Quận 8,QUAN_HUYEN").contains("SO-VHTT,Sở Văn hóa và Thể thao,SO_NGANH")
                .contains("(demo)");
        assertThat(registry.lines().filter(l -> l.contains("PHUONG_XA") || l.contains("DON_VI_SU_NGHIEP") || l.contains("DOANH_NGHIEP"))
                .allMatch(l -> l.contains("(demo)"))).isTrue();
    }
}
