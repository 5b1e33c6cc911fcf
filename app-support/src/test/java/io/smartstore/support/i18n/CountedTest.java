package io.smartstore.support.i18n;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Words agree with their number on the staff pages and in the e-mail. */
class CountedTest {

    @Test
    void oneIsSingularAndEveryOtherCountPlural() {
        assertThat(Counted.of(1, "passive")).isEqualTo("1 passive");
        assertThat(Counted.of(0, "passive")).isEqualTo("0 passives");
        assertThat(Counted.of(2, "passive")).isEqualTo("2 passives");
        assertThat(Counted.answers(3, 1, 1, 1)).isEqualTo("3 answers: 1 promoter, 1 passive, 1 detractor");
    }
}
