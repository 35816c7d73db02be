package vn.vtlt.warehouse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import vn.vtlt.warehouse.support.HostileWorkbooks;
import vn.vtlt.warehouse.support.ImportProcess;
import vn.vtlt.warehouse.support.Rosters;
import vn.vtlt.warehouse.support.TestCity;

/**
 * The files of issue 12 that made the whole import fail, each in one agency's folder of a city whose other agencies
 * send valid files, imported in one run as the shipped unit runs it (256 MB heap, default settings): each hostile
 * file is rejected alone with the limit it passed, the others are accepted and published, and the next run receives
 * nothing new.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileFilesImportTest {

    /** The line the load step writes about the heap it hands back. */
    private static final String HEAP_LOG = "--logging.level.vn.vtlt.warehouse.job.LoadTasklet=DEBUG";

    private TestCity city;
    private int firstRun;
    private int secondRun;
    private long receivedAfterFirstRun;

    private Path file(String agency, String name) throws Exception {
        Path folder = Files.createDirectories(city.inbox.resolve(agency));
        return folder.resolve(name);
    }

    @BeforeAll
    void importACityWithHostileFiles(@TempDir Path root) throws Exception {
        // given
        city = new TestCity(root);
        for (String agency : List.of("H-COL", "H-INLINE", "H-SST-COUNT", "H-SST-CHARS", "H-ROWS", "H-QUOTED", "H-BIG",
                "X-NOADDR", "X-MIXED", "X-BLANKS")) {
            city.agency(agency + ",Cơ quan " + agency + ",SO_NGANH,,,2000-01-01,,");
        }
        city.put("SO-YT", "SO-YT_nhan-su_2016.csv", Rosters.rosterCsv("SO-YT", 1, 2016, 4, 2));
        HostileWorkbooks.rowsWithAndWithoutAddresses(file("Q-774", "Q-774_nhan-su_2016.xlsx"), "Q-774", 2, true, true);
        HostileWorkbooks.farColumn(file("H-COL", "H-COL_nhan-su_2016.xlsx"), "H-COL");
        HostileWorkbooks.hugeInlineCell(file("H-INLINE", "H-INLINE_nhan-su_2016.xlsx"), "H-INLINE", 1_500_000_000L);
        HostileWorkbooks.manySharedStrings(file("H-SST-COUNT", "H-SST-COUNT_nhan-su_2016.xlsx"), "H-SST-COUNT", 40_000_000L);
        HostileWorkbooks.hugeSharedString(file("H-SST-CHARS", "H-SST-CHARS_nhan-su_2016.xlsx"), "H-SST-CHARS", 1_500_000_000L);
        HostileWorkbooks.identicalRows(file("H-ROWS", "H-ROWS_nhan-su_2016.xlsx"), "H-ROWS", 5_340_000L);
        HostileWorkbooks.quotedFieldOverManyLines(file("H-QUOTED", "H-QUOTED_nhan-su_2016.csv"), "H-QUOTED", 4_000_000);
        HostileWorkbooks.largeRoster(file("H-BIG", "H-BIG_nhan-su_2016.csv"), "H-BIG", 1_000_000);
        HostileWorkbooks.rowsWithAndWithoutAddresses(file("X-NOADDR", "X-NOADDR_nhan-su_2016.xlsx"), "X-NOADDR", 3,
                false, false, false);
        HostileWorkbooks.rowsWithAndWithoutAddresses(file("X-MIXED", "X-MIXED_nhan-su_2016.xlsx"), "X-MIXED", 4,
                true, false, true, false);
        HostileWorkbooks.blankCellsAfterValidRows(file("X-BLANKS", "X-BLANKS_nhan-su_2016.xlsx"), "X-BLANKS", 3, 20_000L);
        try (var folders = Files.walk(city.inbox)) {
            for (Path path : folders.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(path, FileTime.from(Instant.parse("2017-01-10T08:00:00Z")));
            }
        }

        // when
        firstRun = ImportProcess.startAsShipped(city, HEAP_LOG).waitFor();
        receivedAfterFirstRun = city.count("select count(*) from audit_received_file");
        secondRun = ImportProcess.startAsShipped(city, HEAP_LOG).waitFor();
    }

    private void assertRejected(String agency, String setting) {
        assertThat(city.status(agency, "nhan-su", 2016)).as(agency).isEqualTo("REJECTED");
        assertThat(city.query("select file_fault_code from audit_submission where agency_code = '" + agency + "'"))
                .as(agency).containsExactly(List.of("RESOURCE_LIMIT"));
        assertThat(city.feedback(agency, "en")).contains(agency + "_nhan-su_2016")
                .contains("REJECTED").contains("exceeds a processing limit").contains(setting);
        assertThat(city.feedback(agency, "vi")).contains("BỊ TỪ CHỐI").contains("vượt quá giới hạn").contains(setting);
    }

    @Test
    void theRunCompletesAndTheNextOneReceivesNothingNew() {
        assertThat(firstRun).isZero();
        assertThat(secondRun).isZero();
        assertThat(city.count("select count(*) from audit_received_file")).isEqualTo(receivedAfterFirstRun);
    }

    @Test
    void theHeapTheWorkbooksTookIsHandedBackBeforeTheLoad() {
        // reading them grew the heap; as shipped, it shrinks before DuckDB's turn, whose memory would otherwise add
        // to it
        Matcher heap = Pattern.compile("Heap before the load: (\\d+) MiB committed, (\\d+) MiB after a collection")
                .matcher(city.log());
        assertThat(heap.find()).as("the load step's line about the heap").isTrue();
        assertThat(Long.parseLong(heap.group(2))).isLessThan(Long.parseLong(heap.group(1)));
    }

    @Test
    void theOtherAgenciesAreAcceptedAndPublished() {
        assertThat(city.analytics("select agency_code, status from v_submission_status "
                + "where agency_code in ('SO-YT', 'Q-774') and year = 2016 order by 1"))
                .containsExactly(List.of("Q-774", "ACCEPTED"), List.of("SO-YT", "ACCEPTED"));
        assertThat(city.analytics("select total_staff from v_staffing_summary where snapshot_year = 2016"))
                .containsExactly(List.of(4L + 2 + 3 + 4));
    }

    @Test
    void rejectsACellBeyondTheLastColumnBeforeTheReaderSizesARowByIt() {
        assertRejected("H-COL", "vtlt.limits.max-columns");
        assertThat(city.feedback("H-COL", "en")).contains("FXSHRXW2");
    }

    @Test
    void rejectsAnInlineCellOfOneAndAHalfGigabytes() {
        assertRejected("H-INLINE", "vtlt.limits.max-cell-chars");
        assertThat(city.feedback("H-INLINE", "en")).contains("cell K2");
    }

    @Test
    void rejectsFortyMillionSharedStrings() {
        assertRejected("H-SST-COUNT", "vtlt.limits.max-shared-strings");
    }

    @Test
    void rejectsASharedStringOfOneAndAHalfGigabytes() {
        assertRejected("H-SST-CHARS", "vtlt.limits.max-cell-chars");
    }

    @Test
    void rejectsMillionsOfIdenticalRowsInflatingToGigabytes() {
        assertRejected("H-ROWS", "vtlt.limits.max-rows.nhan-su");
    }

    @Test
    void rejectsAQuotedCsvFieldSpreadOverMillionsOfShortLines() {
        assertRejected("H-QUOTED", "vtlt.limits.max-cell-chars");
        assertThat(city.feedback("H-QUOTED", "en")).contains("line 2");
    }

    @Test
    void rejectsAValidRosterOfAMillionRowsForAnAgencyOfThreeStaff() {
        assertRejected("H-BIG", "vtlt.limits.max-rows.nhan-su");
        assertThat(city.feedback("H-BIG", "en")).contains("line 200002");
    }

    @Test
    void rejectsAWorkbookInflatingToGigabytesOfBlankCellsAfterItsValidRows() {
        assertRejected("X-BLANKS", "vtlt.limits.max-inflate-ratio");
    }

    @Test
    void readsEveryRowOfAWorkbookWhoseDataRowsHaveNoAddress() {
        assertThat(city.status("X-NOADDR", "nhan-su", 2016)).isEqualTo("ACCEPTED");
        assertThat(city.query("select line_no from fact_staff where agency_key in "
                + "(select agency_key from dim_agency where agency_code = 'X-NOADDR') order by 1"))
                .containsExactly(List.of(2L), List.of(3L), List.of(4L));
        assertThat(city.feedback("X-NOADDR", "en")).contains("Rows read: 3");
    }

    @Test
    void numbersRowsWithoutAnAddressAfterThePreviousRow() {
        assertThat(city.status("X-MIXED", "nhan-su", 2016)).isEqualTo("ACCEPTED");
        assertThat(city.query("select line_no from fact_staff where agency_key in "
                + "(select agency_key from dim_agency where agency_code = 'X-MIXED') order by 1"))
                .containsExactly(List.of(2L), List.of(3L), List.of(5L), List.of(6L));
    }
}
