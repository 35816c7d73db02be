package vn.vtlt.warehouse.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.vtlt.warehouse.demo.LegacyEncodings;
import vn.vtlt.warehouse.problem.Fault;
import vn.vtlt.warehouse.support.Csv;

/**
 * Randomised (seeded, so a failure reproduces) properties of validation: whatever bytes or rows arrive, it ends in a
 * whole-file rejection with a reason, or in staging files that account for every data row; it never throws.
 */
class ValidatorPropertiesTest {

    private static final int CASES = 300;
    private static final PersonKeyHasher HASHER = new PersonKeyHasher("a key for the property tests, 32+ chars");
    private static final String[] FILE_NAMES = {"SO-YT_nhan-su_2016.csv", "SO-YT_dao-tao_2016.csv",
            "SO-YT_hoc-vien_2016.csv", "bao-cao.csv", "SO-YT_nhan-su_2016.xlsx"};
    private static final String[] CELLS = {"", "SO-YT", "2016", "2015", "0", "99999", "079185000001", "79185000001",
            "7.9E+10", "Nguyễn Thị Thuỷ", "Nam", "Nữ", "Văn thư", "Kiêm nhiệm", "ĐH", "Tổng cộng", "1.250.000",
            "31/02/2016", "99999999999999999999", "\"", "=1+1", "Lưu trữ học", "a,b", "x\ny"};
    private static final char[] DELIMITERS = {',', ';', '\t'};

    private static void validate(String fileName, byte[] content, String seed) throws IOException {
        Path dir = Files.createTempDirectory("validator-property");
        try {
            Path file = Files.write(dir.resolve(fileName), content);
            Path work = dir.resolve("work");
            ValidationOutcome outcome = new SubmissionValidator(HASHER)
                    .validate(new SubmissionValidator.Request(file, fileName, "SO-YT", StagingFiles.in(work)));
            assertThat(work.resolve(ValidationOutcome.FILE)).as(seed).exists();
            if (outcome.rejectedWhole()) {
                assertThat(Arrays.stream(Fault.values()).map(Enum::name)).as(seed).contains(outcome.fileFault());
                assertThat(outcome.faultDetail()).as(seed).isNotBlank();
                assertThat(work.resolve(ValidationOutcome.ROWS)).as(seed).doesNotExist();
            } else {
                List<String> rows = Files.readAllLines(work.resolve(ValidationOutcome.ROWS), StandardCharsets.UTF_8);
                assertThat(rows.get(0)).as(seed).startsWith("line_no,");
                assertThat(rows.stream().skip(1).filter(l -> l.matches("\\d+,.*")).count()).as(seed)
                        .isEqualTo(outcome.rowsRead());
                // a problems file when there is a problem to tell, and only then
                assertThat(Files.exists(work.resolve(ValidationOutcome.PROBLEMS))).as(seed).isEqualTo(outcome.problems() > 0);
                if (outcome.problems() > 0) {
                    assertThat(Files.readAllLines(work.resolve(ValidationOutcome.PROBLEMS), StandardCharsets.UTF_8).get(0))
                            .as(seed).startsWith("line_no,");
                }
            }
        } finally {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    @Test
    void randomBytesAreRejectedWithAReasonOrAccountedFor() throws IOException {
        for (int seed = 0; seed < CASES; seed++) {
            Random random = new Random(seed);
            byte[] content = new byte[random.nextInt(3000)];
            random.nextBytes(content);
            validate(FILE_NAMES[random.nextInt(FILE_NAMES.length)], content, "bytes, seed " + seed);
        }
    }

    @Test
    void wellFormedButWrongRowsNeverBreakValidation() throws IOException {
        for (int seed = 0; seed < CASES; seed++) {
            Random random = new Random(seed);
            List<List<String>> rows = new ArrayList<>();
            for (int r = random.nextInt(8); r > 0; r--) {
                List<String> row = new ArrayList<>();
                for (int c = random.nextInt(13); c > 0; c--) {
                    row.add(random.nextInt(4) == 0 ? randomText(random) : CELLS[random.nextInt(CELLS.length)]);
                }
                rows.add(row);
            }
            Csv csv = Csv.of(Csv.ROSTER_HEADINGS).rows(rows).delimiter(DELIMITERS[random.nextInt(DELIMITERS.length)]);
            LegacyEncodings encoding = LegacyEncodings.values()[random.nextInt(LegacyEncodings.values().length)];
            validate("SO-YT_nhan-su_2016.csv", csv.bytes(encoding), "rows, seed " + seed);
        }
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(16); i > 0; i--) {
            text.append((char) (' ' + random.nextInt('~' - ' ' + 1)));
        }
        return text.toString();
    }
}
