package vn.vtlt.warehouse.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class VnNumbersAndDatesTest {

    @Test
    void readsTheThreeWaysOfWritingAWholeNumber() {
        assertThat(VnNumbers.parseWhole("1.250.000")).hasValue(1_250_000);
        assertThat(VnNumbers.parseWhole("1250000")).hasValue(1_250_000);
        assertThat(VnNumbers.parseWhole("1 250 000")).hasValue(1_250_000);
        assertThat(VnNumbers.parseWhole("3.871.000.000")).hasValue(3_871_000_000L);
    }

    @Test
    void refusesDecimalsMixedGroupingAndNumbersBeyondLong() {
        assertThat(VnNumbers.parseWhole("1,5")).isEmpty();
        assertThat(VnNumbers.parseWhole("30.21")).isEmpty();
        assertThat(VnNumbers.parseWhole("1.250 000")).isEmpty();
        assertThat(VnNumbers.parseWhole("12.50.000")).isEmpty();
        assertThat(VnNumbers.parseWhole("99999999999999999999")).isEmpty();
        assertThat(VnNumbers.parseWhole("")).isEmpty();
    }

    @Test
    void readsTheContractsDateFormatsStrictly() {
        assertThat(VnDates.parse("05/03/2016")).hasValue(LocalDate.of(2016, 3, 5));
        assertThat(VnDates.parse("5/3/2016")).hasValue(LocalDate.of(2016, 3, 5));
        assertThat(VnDates.parse("2016-03-05")).hasValue(LocalDate.of(2016, 3, 5));
        assertThat(VnDates.parse("31/02/2016")).isEmpty();
        assertThat(VnDates.parse("2016-3-5")).isEmpty();
        assertThat(VnDates.parse("03/05/16")).isEmpty();
    }
}
