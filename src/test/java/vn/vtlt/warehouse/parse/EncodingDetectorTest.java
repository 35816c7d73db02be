package vn.vtlt.warehouse.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vtlt.warehouse.problem.Fault;
import vn.vtlt.warehouse.problem.FileFault;
import vn.vtlt.warehouse.demo.LegacyEncodings;
import vn.vtlt.warehouse.support.Csv;

class EncodingDetectorTest {

    private static final Csv SAMPLE = Csv.of(Csv.ROSTER_HEADINGS).row("SO-YT", "2016", "079185000001", "Nguyễn Thị Thuỷ",
            "1985", "Nữ", "Văn thư", "Chuyên trách", "Đại học", "Lưu trữ học");

    private static String decode(Path file) throws Exception {
        DetectedEncoding encoding = EncodingDetector.detect(file);
        try (Reader reader = encoding.open(file)) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[4096];
            for (int read; (read = reader.read(buffer)) != -1; ) {
                text.append(buffer, 0, read);
            }
            return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
        }
    }

    @Test
    void detectsEachEncodingOfTheContractAndDecodesTheSameText(@TempDir Path dir) throws Exception {
        for (LegacyEncodings encoding : LegacyEncodings.values()) {
            Path file = Files.write(dir.resolve(encoding + ".csv"), SAMPLE.bytes(encoding));
            assertThat(decode(file)).as(encoding.name()).isEqualTo(SAMPLE.text());
        }
        assertThat(EncodingDetector.detect(dir.resolve("UTF8.csv")).label()).isEqualTo("UTF-8");
        assertThat(EncodingDetector.detect(dir.resolve("UTF8_BOM.csv")).label()).isEqualTo("UTF-8 (BOM)");
        assertThat(EncodingDetector.detect(dir.resolve("UTF16LE_BOM.csv")).label()).isEqualTo("UTF-16LE (BOM)");
        assertThat(EncodingDetector.detect(dir.resolve("WINDOWS_1258.csv")).label()).isEqualTo("Windows-1258");
    }

    @Test
    void rejectsEmptyFilesAndNulBytes(@TempDir Path dir) throws Exception {
        Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);
        Path utf16 = Files.write(dir.resolve("utf16.csv"), SAMPLE.text().getBytes(StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> EncodingDetector.detect(empty)).isInstanceOf(FileFault.class)
                .extracting(e -> ((FileFault) e).fault()).isEqualTo(Fault.EMPTY_FILE);
        assertThatThrownBy(() -> EncodingDetector.detect(utf16)).isInstanceOf(FileFault.class)
                .extracting(e -> ((FileFault) e).fault()).isEqualTo(Fault.ENCODING_UNREADABLE);
    }

    @Test
    void tellsGarbledAndLostLettersFromVietnamese() {
        assertThat(TextCheck.check("Nguyễn Thị Thuỷ, Lưu trữ học – 2016")).isEmpty();
        assertThat(TextCheck.check("Có hồ sơ?")).contains(Fault.ENCODING_LOST_LETTERS);
        assertThat(TextCheck.check("Nguy?n V?n A")).contains(Fault.ENCODING_LOST_LETTERS);
        assertThat(TextCheck.check("LÆ°u trá»¯")).contains(Fault.ENCODING_GARBLED);
        assertThat(TextCheck.check("Lưu tr\uFFFD")).contains(Fault.ENCODING_GARBLED);
        assertThat(TextCheck.check("1 ? 2")).isEmpty();
    }
}
