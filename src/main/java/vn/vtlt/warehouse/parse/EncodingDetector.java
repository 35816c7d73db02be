package vn.vtlt.warehouse.parse;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import vn.vtlt.warehouse.problem.Fault;
import vn.vtlt.warehouse.problem.FileFault;

/**
 * Tells which of the contract's encodings a file is in (section 3): a BOM names UTF-8 or UTF-16; otherwise a file
 * that is valid UTF-8 throughout is UTF-8, and any other is Windows-1258. Never guesses silently: NUL bytes (UTF-16
 * without BOM, binary files) are rejected here, garbled text later by {@link TextCheck}.
 */
public final class EncodingDetector {

    public static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    private EncodingDetector() {
    }

    public static DetectedEncoding detect(Path file) throws IOException, FileFault {
        if (Files.size(file) == 0) {
            throw new FileFault(Fault.EMPTY_FILE, "0 bytes");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(3);
        }
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new DetectedEncoding(StandardCharsets.UTF_8, 3, "UTF-8 (BOM)");
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new DetectedEncoding(StandardCharsets.UTF_16LE, 2, "UTF-16LE (BOM)");
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new DetectedEncoding(StandardCharsets.UTF_16BE, 2, "UTF-16BE (BOM)");
        }
        return isUtf8WithoutNul(file)
                ? new DetectedEncoding(StandardCharsets.UTF_8, 0, "UTF-8")
                : new DetectedEncoding(WINDOWS_1258, 0, "Windows-1258");
    }

    /**
     * Whether the file is valid UTF-8 (what Java's decoder accepts when it reports malformed input: no overlong form,
     * no surrogate D800-DFFF, nothing above U+10FFFF, no sequence cut off by the end of the file), checked on the bytes
     * without decoding them: the file is decoded once more when it is parsed. Every byte is looked at for NUL, also
     * once the file is known not to be UTF-8.
     */
    static boolean isUtf8WithoutNul(Path file) throws IOException, FileFault {
        byte[] buffer = new byte[1 << 16];
        Utf8Check check = new Utf8Check();
        try (InputStream in = Files.newInputStream(file)) {
            for (int read; (read = in.readNBytes(buffer, 0, buffer.length)) > 0; ) {
                check.accept(buffer, read);
            }
        }
        return check.valid();
    }

    /**
     * The bytes of a file in order, block by block, against the well-formed byte sequences of UTF-8 (The Unicode
     * Standard, table 3-7): a sequence may straddle two blocks.
     */
    static final class Utf8Check {

        private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
        private static final long HIGH_BITS = 0x8080808080808080L;
        private static final long LOW_BITS = 0x0101010101010101L;

        private long offset;
        private boolean valid = true;
        /** Continuation bytes still expected of the current sequence. */
        private int pending;
        /** The range of the next continuation byte: narrower than 80-BF right after E0, ED, F0 and F4. */
        private int low = 0x80;
        private int high = 0xBF;

        void accept(byte[] bytes, int length) throws FileFault {
            int i = 0;
            while (i < length) {
                if (pending == 0) {
                    // ASCII fast path: eight bytes at a time while none has its high bit set and none is NUL
                    while (i + 8 <= length) {
                        long word = (long) LONGS.get(bytes, i);
                        if (((word | (word - LOW_BITS)) & HIGH_BITS) != 0) {
                            break;
                        }
                        i += 8;
                    }
                    if (i == length) {
                        break;
                    }
                }
                int b = bytes[i] & 0xFF;
                if (b == 0) {
                    throw new FileFault(Fault.ENCODING_UNREADABLE, "NUL byte at offset " + (offset + i)
                            + ": UTF-16 without BOM or not a text file / UTF-16 không có BOM hoặc không phải tệp văn bản");
                }
                if (valid) {
                    valid = pending == 0 ? lead(b) : continuation(b);
                    if (!valid) {
                        pending = 0; // from here on only NUL is looked for, eight bytes at a time again
                    }
                }
                i++;
            }
            offset += length;
        }

        /** The first byte of a sequence; false when no sequence starts with it. */
        private boolean lead(int b) {
            if (b < 0x80) {
                return true;
            }
            low = 0x80;
            high = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                pending = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                pending = 2;
                if (b == 0xE0) {
                    low = 0xA0; // below: overlong
                } else if (b == 0xED) {
                    high = 0x9F; // above: a surrogate
                }
            } else if (b >= 0xF0 && b <= 0xF4) {
                pending = 3;
                if (b == 0xF0) {
                    low = 0x90; // below: overlong
                } else if (b == 0xF4) {
                    high = 0x8F; // above: beyond U+10FFFF
                }
            } else {
                return false; // a continuation byte, C0 and C1 (overlong), F5-FF
            }
            return true;
        }

        private boolean continuation(int b) {
            if (b < low || b > high) {
                return false;
            }
            low = 0x80;
            high = 0xBF;
            pending--;
            return true;
        }

        /** Valid UTF-8 up to here, and not in the middle of a sequence. */
        boolean valid() {
            return valid && pending == 0;
        }
    }
}
