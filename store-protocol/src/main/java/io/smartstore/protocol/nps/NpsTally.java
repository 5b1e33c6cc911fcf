package io.smartstore.protocol.nps;

import java.util.OptionalDouble;

/**
 * Counts of promoters (9–10), passives (7–8) and detractors (0–6) of one population:
 * a store-day, a sphere, a segment. Everything else in {@code scoring.md} derives from it.
 */
public record NpsTally(long promoters, long passives, long detractors) {

    public static final NpsTally EMPTY = new NpsTally(0, 0, 0);
    private static final double Z95 = 1.96;

    public NpsTally {
        if (promoters < 0 || passives < 0 || detractors < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /** The tally of a 0–10 distribution: {@code counts[s]} answers with score s. */
    public static NpsTally ofDistribution(long[] counts) {
        if (counts.length != 11) {
            throw new IllegalArgumentException("a distribution has 11 counts, for scores 0 to 10");
        }
        long[] byBand = new long[Score.Band.values().length];
        for (int score = Score.MIN; score <= Score.MAX; score++) {
            byBand[Score.band(score).ordinal()] += counts[score];
        }
        return new NpsTally(byBand[Score.Band.PROMOTER.ordinal()], byBand[Score.Band.PASSIVE.ordinal()], byBand[Score.Band.DETRACTOR.ordinal()]);
    }

    public NpsTally plus(NpsTally other) {
        return new NpsTally(promoters + other.promoters, passives + other.passives, detractors + other.detractors);
    }

    /** This tally counted {@code n} times: {@code n} populations alike. */
    public NpsTally times(long n) {
        return new NpsTally(promoters * n, passives * n, detractors * n);
    }

    public long responses() {
        return promoters + passives + detractors;
    }

    public boolean isEmpty() {
        return responses() == 0;
    }

    /** NPS = 100 · (P − D); empty when nobody answered. */
    public OptionalDouble nps() {
        return isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(100 * netShare());
    }

    /** Margin of error at 95%, in NPS points; empty when nobody answered. */
    public OptionalDouble marginOfError95() {
        return isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(100 * Z95 * Math.sqrt(variance() / responses()));
    }

    /** P − D as a fraction. */
    double netShare() {
        return (double) (promoters - detractors) / responses();
    }

    /** Variance of one answer scored +1, 0, −1: P + D − (P − D)². */
    double variance() {
        double n = responses();
        double net = netShare();
        return (promoters + detractors) / n - net * net;
    }

    /** Squared standard error of P − D, as a fraction. */
    double squaredStandardError() {
        return variance() / responses();
    }
}
