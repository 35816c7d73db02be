package vn.vtlt.warehouse.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonIdsTest {

    @Test
    void acceptsCccdAndCmndAndRestoresTheZeroExcelDropped() {
        assertThat(PersonIds.read("079185000001")).isEqualTo(new PersonIds.Result(PersonIds.Kind.VALID, "079185000001"));
        assertThat(PersonIds.read("023456789")).isEqualTo(new PersonIds.Result(PersonIds.Kind.VALID, "023456789"));
        assertThat(PersonIds.read("079 185 000 001")).isEqualTo(new PersonIds.Result(PersonIds.Kind.VALID, "079185000001"));
        assertThat(PersonIds.read("79185000001")).isEqualTo(new PersonIds.Result(PersonIds.Kind.REPAIRED, "079185000001"));
    }

    @Test
    void rejectsScientificNotationAndOtherShapes() {
        assertThat(PersonIds.read("7.9E+10").kind()).isEqualTo(PersonIds.Kind.SCIENTIFIC);
        assertThat(PersonIds.read("7,91850E+11").kind()).isEqualTo(PersonIds.Kind.SCIENTIFIC);
        assertThat(PersonIds.read("0791850000").kind()).isEqualTo(PersonIds.Kind.INVALID);
        assertThat(PersonIds.read("A79185000001").kind()).isEqualTo(PersonIds.Kind.INVALID);
    }

    @Test
    void describesAValueWithoutRepeatingIt() {
        assertThat(PersonIds.shape("79185000001")).doesNotContain("79185000001").contains("11 digits");
        assertThat(PersonIds.shape("7.91850E+10")).doesNotContain("7.91850").contains("scientific");
    }

    @Test
    void keysTheSamePersonAlikeAndDifferentKeysApart() {
        PersonKeyHasher one = new PersonKeyHasher("a key of at least thirty-two characters!");
        PersonKeyHasher other = new PersonKeyHasher("another key of at least thirty-two chars");
        assertThat(one.hash("079185000001")).isEqualTo(one.hash("079185000001")).hasSize(64)
                .isNotEqualTo(one.hash("079185000002")).isNotEqualTo(other.hash("079185000001"));
    }
}
