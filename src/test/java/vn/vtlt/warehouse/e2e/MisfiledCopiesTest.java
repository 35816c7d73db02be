package vn.vtlt.warehouse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.vtlt.warehouse.support.Csv;
import vn.vtlt.warehouse.support.Rosters;
import vn.vtlt.warehouse.support.TestCity;

/**
 * "Already received" is per source (contract section 2): an unchanged copy of an agency's file dropped into another
 * agency's folder is a receipt of its own, rejected for its source and reported to the folder's agency, and never
 * blocks the genuine file, whichever folder is read first.
 */
class MisfiledCopiesTest {

    /** @param misfiledIn an agency whose folder sorts before ("DN-SAMCO") or after ("XA-TAN") the genuine "SYT" */
    @ParameterizedTest
    @ValueSource(strings = {"DN-SAMCO", "XA-TAN"})
    void aCopyMisfiledInAnotherAgencysFolderNeverBlocksTheGenuineFile(String misfiledIn, @TempDir Path root) {
        // given SYT's roster of 5 people, and a byte-identical copy of it in another agency's folder
        TestCity city = new TestCity(root);
        city.agency("SYT,Sở Y tế (thử),SO_NGANH,,,2000-01-01,,");
        city.agency(misfiledIn + ",Đơn vị " + misfiledIn + ",DON_VI_SU_NGHIEP,,,2000-01-01,,");
        Csv roster = Rosters.rosterCsv("SYT", 1, 2016, 5, 1);
        city.put("SYT", "SYT_nhan-su_2016.csv", roster);
        city.put(misfiledIn, "SYT_nhan-su_2016.csv", roster);

        // when
        assertThat(city.runImport()).isZero();

        // then SYT's own file is received and accepted, and the copy is rejected for its source
        assertThat(city.query("""
                select f.source_agency, s.status, s.file_fault_code, s.rows_loaded
                from audit_submission s join audit_received_file f using (file_id) order by 1"""))
                .containsExactlyInAnyOrder(
                        Arrays.asList("SYT", "ACCEPTED", null, 5L),
                        Arrays.asList(misfiledIn, "REJECTED", "SOURCE_MISMATCH", 0L));
        assertThat(city.status("SYT", "nhan-su", 2016)).isEqualTo("ACCEPTED");
        assertThat(city.count("select count(*) from fact_staff")).isEqualTo(5);
        assertThat(city.feedback("SYT", "en")).contains("SYT_nhan-su_2016.csv").contains("ACCEPTED");
        assertThat(city.feedback(misfiledIn, "en")).contains("SYT_nhan-su_2016.csv").contains("REJECTED");

        // and a rerun receives nothing and changes nothing
        assertThat(city.runImport("--full")).isZero();
        assertThat(city.count("select count(*) from audit_received_file")).isEqualTo(2);
        assertThat(city.count("select count(*) from fact_staff")).isEqualTo(5);
    }
}
