package vn.vtlt.warehouse.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubmissionFileNameTest {

    @Test
    void readsTheKeyFromTheContractsFileName() {
        assertThat(SubmissionFileName.parse("QH-776_nhan-su_2016.csv"))
                .contains(new SubmissionFileName("QH-776", Dataset.NHAN_SU, 2016, "csv"));
        assertThat(SubmissionFileName.parse("qh-776_dao-tao_2015_ban-sua-lan-2.CSV"))
                .contains(new SubmissionFileName("QH-776", Dataset.DAO_TAO, 2015, "csv"));
        assertThat(SubmissionFileName.parse("SNV_hoc-vien_2014.xlsx"))
                .contains(new SubmissionFileName("SNV", Dataset.HOC_VIEN, 2014, "xlsx"));
    }

    @Test
    void refusesOtherNames() {
        assertThat(SubmissionFileName.parse("QH-776_nhansu_2016.csv")).isEmpty();
        assertThat(SubmissionFileName.parse("QH-776_nhan-su_16.csv")).isEmpty();
        assertThat(SubmissionFileName.parse("QH 776_nhan-su_2016.csv")).isEmpty();
        assertThat(SubmissionFileName.parse("QH-776_nhan-su_2016.txt")).isEmpty();
    }
}
