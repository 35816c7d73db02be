package vn.vtlt.warehouse.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vtlt.warehouse.support.HostileWorkbooks;

/** Rows of a sheet are numbered as the format says, whether or not they carry their address. */
class WorkbookRowsTest {

    @TempDir
    Path dir;

    private ValidationOutcome validate(Path file) throws IOException {
        return new SubmissionValidator(new PersonKeyHasher("a key for workbook rows, 32+ characters"))
                .validate(new SubmissionValidator.Request(file, file.getFileName().toString(), "SO-YT", StagingFiles.in(dir.resolve("work"))));
    }

    private List<String> stagedLines() throws IOException {
        return Files.readAllLines(dir.resolve("work").resolve(ValidationOutcome.ROWS)).stream().skip(1)
                .map(line -> line.substring(0, line.indexOf(','))).toList();
    }

    @Test
    void readsEveryRowWithoutAnAddressAsTheRowAfterThePreviousOne() throws IOException {
        // given
        Path file = HostileWorkbooks.rowsWithAndWithoutAddresses(dir.resolve("SO-YT_nhan-su_2016.xlsx"), "SO-YT", 1,
                false, false, false);
        // when
        ValidationOutcome outcome = validate(file);
        // then
        assertThat(outcome.fileFault()).as(outcome.faultDetail()).isNull();
        assertThat(outcome.rowsRead()).isEqualTo(3);
        assertThat(stagedLines()).containsExactly("2", "3", "4");
    }

    @Test
    void numbersARowWithoutAnAddressAfterTheAddressedRowBeforeIt() throws IOException {
        // given: rows 2, (3), 5, (6)
        Path file = HostileWorkbooks.rowsWithAndWithoutAddresses(dir.resolve("SO-YT_nhan-su_2016.xlsx"), "SO-YT", 1,
                true, false, true, false);
        // when
        ValidationOutcome outcome = validate(file);
        // then
        assertThat(outcome.rowsRead()).isEqualTo(4);
        assertThat(stagedLines()).containsExactly("2", "3", "5", "6");
    }
}
