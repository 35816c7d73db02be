package vn.vtlt.warehouse.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class TextKeyTest {

    @Test
    void foldsCaseDiacriticsSpacesAndTonePlacement() {
        assertThat(TextKey.fold("Văn thư - Lưu trữ")).isEqualTo("vanthuluutru");
        assertThat(TextKey.fold("VĂN THƯ-LƯU TRỮ")).isEqualTo("vanthuluutru");
        assertThat(TextKey.fold("hoà")).isEqualTo(TextKey.fold("hòa"));
        assertThat(TextKey.fold("Uỷ ban")).isEqualTo(TextKey.fold("Ủy ban"));
        assertThat(TextKey.fold("Thuỷ")).isEqualTo(TextKey.fold("Thủy"));
        assertThat(TextKey.fold("Đại học")).isEqualTo("daihoc");
        assertThat(TextKey.fold("ĐH")).isEqualTo(TextKey.fold("DH"));
    }

    @Test
    void composesNfdTextToNfcAndTrims() {
        String nfd = Normalizer.normalize("Lưu trữ học", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Lưu trữ học");
        assertThat(TextKey.nfc("  " + nfd + " ")).isEqualTo("Lưu trữ học");
    }
}
