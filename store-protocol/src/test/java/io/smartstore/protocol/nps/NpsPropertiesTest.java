package io.smartstore.protocol.nps;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The tally against a brute-force reference computed from the raw answers. */
class NpsPropertiesTest {

    @Property
    void npsAndMarginMatchTheDefinitionOnRawAnswers(@ForAll @Size(min = 1, max = 300) List<@IntRange(max = 10) Integer> scores) {
        NpsTally tally = scores.stream().map(Score::tallyOf).reduce(NpsTally.EMPTY, NpsTally::plus);

        double[] x = scores.stream().mapToDouble(s -> s >= 9 ? 1 : s <= 6 ? -1 : 0).toArray();
        double mean = java.util.Arrays.stream(x).average().orElseThrow();
        double populationVariance = java.util.Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / x.length;

        assertThat(tally.responses()).isEqualTo(scores.size());
        assertThat(tally.nps().getAsDouble()).isCloseTo(100 * mean, within(1e-9));
        assertThat(tally.marginOfError95().getAsDouble())
                .isCloseTo(100 * 1.96 * Math.sqrt(populationVariance / x.length), within(1e-9));
        assertThat(tally.nps().getAsDouble()).isBetween(-100.0, 100.0);
    }

    @Property
    void weightingOneSegmentGivesItsOwnFigure(@ForAll @IntRange(min = 1, max = 1000) int customers,
                                              @ForAll @IntRange(max = 50) int promoters,
                                              @ForAll @IntRange(max = 50) int passives,
                                              @ForAll @IntRange(min = 1, max = 50) int detractors) {
        NpsTally tally = new NpsTally(promoters, passives, detractors);
        WeightedNps weighted = WeightedNps.of(List.of(new WeightedPart("S", customers, tally)));

        assertThat(weighted.nps().getAsDouble()).isCloseTo(tally.nps().getAsDouble(), within(1e-9));
        assertThat(weighted.marginOfError95().getAsDouble()).isCloseTo(tally.marginOfError95().getAsDouble(), within(1e-9));
    }

    @Property
    void aDistributionTalliesByBand(@ForAll @Size(value = 11) List<@IntRange(max = 1000) Integer> counts) {
        long[] distribution = counts.stream().mapToLong(Integer::longValue).toArray();
        NpsTally tally = NpsTally.ofDistribution(distribution);
        assertThat(tally.responses()).isEqualTo(java.util.Arrays.stream(distribution).sum());
        assertThat(tally.promoters()).isEqualTo(distribution[9] + distribution[10]);
    }
}
