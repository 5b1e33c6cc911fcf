package io.smartstore.protocol.nps;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The worked example of scoring.md, which must come out exactly so. */
class WorkedExampleTest {

    private final NpsTally consumer = new NpsTally(50, 30, 20);
    private final NpsTally pro = new NpsTally(10, 5, 5);

    @Test
    void eachSegmentHasItsNpsAndMargin() {
        assertThat(Rounding.twoDecimals(consumer.nps())).isEqualTo(30.00);
        assertThat(Rounding.twoDecimals(consumer.marginOfError95())).isEqualTo(15.31);
        assertThat(Rounding.twoDecimals(pro.nps())).isEqualTo(25.00);
        assertThat(Rounding.twoDecimals(pro.marginOfError95())).isEqualTo(36.34);
    }

    @Test
    void franceWeightedByCustomers() {
        WeightedNps fr = WeightedNps.of(List.of(
                new WeightedPart("CONSUMER", 800_000, consumer),
                new WeightedPart("PRO", 200_000, pro)));

        assertThat(Rounding.twoDecimals(fr.nps())).isEqualTo(29.00);
        assertThat(Rounding.twoDecimals(fr.marginOfError95())).isEqualTo(14.24);
        assertThat(fr.coverage()).isEqualTo(1.0);
        assertThat(fr.weights()).containsEntry("CONSUMER", 0.8).containsEntry("PRO", 0.2);
    }

    @Test
    void franceUnweightedPoolsTheAnswers() {
        NpsTally pooled = consumer.plus(pro);
        assertThat(pooled.responses()).isEqualTo(120);
        assertThat(Rounding.twoDecimals(pooled.nps())).isEqualTo(29.17);
        assertThat(Rounding.twoDecimals(pooled.marginOfError95())).isEqualTo(14.13);
    }

    @Test
    void aSegmentWithoutAnswersIsLeftOutOfTheWeightsAndLowersCoverage() {
        WeightedNps fr = WeightedNps.of(List.of(
                new WeightedPart("CONSUMER", 800_000, consumer),
                new WeightedPart("PRO", 200_000, NpsTally.EMPTY)));

        assertThat(Rounding.twoDecimals(fr.nps())).isEqualTo(30.00);
        assertThat(fr.coverage()).isEqualTo(0.8);
        assertThat(fr.weights()).containsEntry("CONSUMER", 1.0).containsEntry("PRO", 0.0);
    }

    @Test
    void nobodyAnsweredMeansNoFigure() {
        assertThat(NpsTally.EMPTY.nps()).isEmpty();
        assertThat(NpsTally.EMPTY.marginOfError95()).isEmpty();
        assertThat(WeightedNps.of(List.of(new WeightedPart("CONSUMER", 10, NpsTally.EMPTY))).nps()).isEmpty();
    }

    @Test
    void theGroupWeighsCountriesLikeACountryWeighsSegments() {
        WeightedNps fr = WeightedNps.of(List.of(
                new WeightedPart("CONSUMER", 800_000, consumer), new WeightedPart("PRO", 200_000, pro)));
        WeightedNps es = WeightedNps.of(List.of(new WeightedPart("CONSUMER", 1_000_000, new NpsTally(40, 40, 20))));

        WeightedNps group = WeightedNps.ofFigures(List.of(
                new WeightedNps.Figure("FR", 1_000_000, fr.nps(), fr.marginOfError95()),
                new WeightedNps.Figure("ES", 1_000_000, es.nps(), es.marginOfError95())));

        assertThat(Rounding.twoDecimals(group.nps())).isEqualTo(24.50);
        double expectedSe = Math.sqrt(0.25 * Math.pow(14.24 / 196, 2) + 0.25 * Math.pow(es.marginOfError95().getAsDouble() / 196, 2));
        assertThat(group.marginOfError95().getAsDouble()).isCloseTo(196 * expectedSe, org.assertj.core.data.Offset.offset(0.01));
    }
}
