package io.smartstore.protocol.nps;

/**
 * One part of a weighted figure: a market segment of a country (or a country of the
 * group) with its number of customers and its answers.
 */
public record WeightedPart(String name, long customers, NpsTally tally) {

    public WeightedPart {
        if (customers < 0) {
            throw new IllegalArgumentException("customers cannot be negative");
        }
    }
}
