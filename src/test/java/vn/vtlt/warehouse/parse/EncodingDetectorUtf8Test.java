package vn.vtlt.warehouse.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vtlt.warehouse.problem.Fault;
import vn.vtlt.warehouse.problem.FileFault;

/**
 * The byte-level UTF-8 check of {@link EncodingDetector} against the JDK's strict decoder: it must accept and reject
 * exactly the same bytes, and name the first NUL byte wherever it is.
 */
class EncodingDetectorUtf8Test {

    /** Every class of well-formed and malformed sequence, at the edges of each range. */
    private static final List<String> CRAFTED = List.of(
            "41", "7f", "c2 80", "df bf", "c3 a1", "e0 a0 80", "e1 80 80", "ec bf bf", "ed 80 80", "ed 9f bf",
            "ee 80 80", "ef bf bd", "ef bf bf", "ef bb bf", "f0 90 80 80", "f1 80 80 80", "f3 bf bf bf", "f4 80 80 80",
            "f4 8f bf bf",
            // overlong forms
            "c0 80", "c0 af", "c1 bf", "e0 80 80", "e0 9f bf", "f0 80 80 80", "f0 8f bf bf",
            // surrogates D800-DFFF
            "ed a0 80", "ed af bf", "ed b0 80", "ed bf bf", "ed a0 bd ed b2 a9",
            // above U+10FFFF, and bytes that never start a sequence
            "f4 90 80 80", "f4 bf bf bf", "f5 80 80 80", "f7 bf bf bf", "f8 88 80 80 80", "fc 84 80 80 80 80", "fe",
            "ff",
            // lone and surplus continuation bytes
            "80", "bf", "c3 a1 80", "e1 80 80 80",
            // sequences cut short by the next character or by the end of the file
            "c3", "c3 41", "e1 80", "e1 80 41", "e1 41 80", "f0 90 80", "f0 90 80 41", "f0 90", "f4",
            // Vietnamese in UTF-8 and in Windows-1258
            "4e 67 75 79 e1 bb 85 6e", "4e 67 75 79 ea de 6e");

    private static boolean jdkAccepts(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] ascii(int length) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) 'a');
        return bytes;
    }

    /** The check fed in blocks cut where the random source says: a sequence may straddle two blocks. */
    private static boolean checkInBlocks(byte[] bytes, Random random) throws FileFault {
        EncodingDetector.Utf8Check check = new EncodingDetector.Utf8Check();
        int from = 0;
        while (from < bytes.length) {
            int length = Math.min(bytes.length - from, 1 + random.nextInt(20));
            check.accept(Arrays.copyOfRange(bytes, from, from + length), length);
            from += length;
        }
        return check.valid();
    }

    @Test
    void acceptsAndRejectsEachClassOfSequenceAsTheJdkDecoderDoesWhereverItIsInTheFile(@TempDir Path dir)
            throws Exception {
        int checked = 0;
        for (String hex : CRAFTED) {
            byte[] sequence = HexFormat.ofDelimiter(" ").parseHex(hex);
            // given: the sequence alone, amid ASCII that the check reads eight bytes at a time, and across the
            // boundary of the blocks the file is read in
            for (int[] around : new int[][] {{0, 0}, {3, 0}, {0, 5}, {7, 9}, {16, 16}, {(1 << 16) - 1, 3}, {(1 << 16) - 2, 0}}) {
                byte[] bytes = concat(ascii(around[0]), sequence, ascii(around[1]));
                Path file = Files.write(dir.resolve("f.csv"), bytes);

                // when
                boolean valid = EncodingDetector.isUtf8WithoutNul(file);

                // then
                assertThat(valid).as("%s after %d bytes, before %d", hex, around[0], around[1]).isEqualTo(jdkAccepts(bytes));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(CRAFTED.size() * 7);
        assertThat(jdkAccepts(HexFormat.ofDelimiter(" ").parseHex("ed a0 80"))).as("the JDK rejects surrogates").isFalse();
    }

    @Test
    void agreesWithTheJdkDecoderOnRandomBytes() throws Exception {
        // given: bytes drawn mostly from those that start, continue or break a sequence, so that most inputs are
        // near-misses rather than noise
        int[] pool = {0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed,
                0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff};
        Random random = new Random(20261202L);
        int valid = 0;
        List<String> disagreements = new ArrayList<>();
        for (int n = 0; n < 20_000; n++) {
            byte[] bytes = new byte[random.nextInt(24)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (random.nextInt(4) == 0 ? 1 + random.nextInt(255) : pool[random.nextInt(pool.length)]);
            }

            // when
            boolean accepted = checkInBlocks(bytes, random);

            // then
            boolean expected = jdkAccepts(bytes);
            if (accepted != expected) {
                disagreements.add(HexFormat.ofDelimiter(" ").formatHex(bytes) + (expected ? " valid" : " invalid"));
            }
            valid += expected ? 1 : 0;
        }
        assertThat(disagreements).isEmpty();
        assertThat(valid).as("both outcomes are drawn often").isBetween(1_000, 19_000);
    }

    @Test
    void namesTheFirstNulByteEvenAfterBytesThatAreNotUtf8(@TempDir Path dir) throws Exception {
        for (byte[] before : List.of(ascii(13), concat(ascii(2), new byte[] {(byte) 0xe1}, ascii(70_000)),
                concat(new byte[] {(byte) 0xff}, ascii(4)), concat(ascii(5), new byte[] {(byte) 0xe1, (byte) 0x80}))) {
            // given
            Path file = Files.write(dir.resolve("nul.csv"), concat(before, new byte[] {0, 'a', 0}, ascii(10)));

            // when / then
            assertThatThrownBy(() -> EncodingDetector.isUtf8WithoutNul(file)).isInstanceOf(FileFault.class)
                    .satisfies(e -> {
                        assertThat(((FileFault) e).fault()).isEqualTo(Fault.ENCODING_UNREADABLE);
                        assertThat(((FileFault) e).detail()).isEqualTo("NUL byte at offset " + before.length
                                + ": UTF-16 without BOM or not a text file / UTF-16 không có BOM hoặc không phải tệp văn bản");
                    });
        }
    }
}
