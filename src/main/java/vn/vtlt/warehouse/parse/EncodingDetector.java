package vn.vtlt.warehouse.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import vn.vtlt.warehouse.problem.Fault;
import vn.vtlt.warehouse.problem.FileFault;

/**
 * Tells which of the contract's encodings a file is in (section 3): a BOM names UTF-8 or UTF-16; otherwise a file
 * that is valid UTF-8 throughout is UTF-8, and any other is Windows-1258. Streams the file once; never guesses
 * silently: NUL bytes (UTF-16 without BOM, binary files) are rejected here, garbled text later by {@link TextCheck}.
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

    private static boolean isUtf8WithoutNul(Path file) throws IOException, FileFault {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        boolean valid = true;
        long offset = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(bytes.array(), bytes.position(), bytes.remaining())) != -1) {
                for (int i = bytes.position(); i < bytes.position() + read; i++) {
                    if (bytes.array()[i] == 0) {
                        throw new FileFault(Fault.ENCODING_UNREADABLE, "NUL byte at offset " + (offset + i - bytes.position())
                                + ": UTF-16 without BOM or not a text file / UTF-16 không có BOM hoặc không phải tệp văn bản");
                    }
                }
                offset += read;
                bytes.position(bytes.position() + read);
                bytes.flip();
                if (valid) {
                    CoderResult result;
                    do {
                        chars.clear();
                        result = decoder.decode(bytes, chars, false);
                    } while (result.isOverflow());
                    valid = !result.isError();
                }
                bytes.compact();
                if (!valid) {
                    bytes.clear();
                }
            }
        }
        if (valid) {
            bytes.flip();
            chars.clear();
            valid = !decoder.decode(bytes, chars, true).isError() && !decoder.flush(chars).isError();
        }
        return valid;
    }
}
