package io.smartstore.protocol.nps;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.LinkedHashMap;

/**
 * NPS weighted by customers, as {@code scoring.md} defines it: each part with answers
 * weighs its share of the customers of the parts with answers; the margin of error
 * combines the parts' standard errors with the squared weights.
 *
 * @param nps             the weighted NPS, empty when no part has answers
 * @param marginOfError95 its margin of error at 95%, empty likewise
 * @param coverage        customers of the parts with answers / all customers (0 when there are none)
 * @param weights         each part's weight by name; 0 for parts without answers
 */
public record WeightedNps(OptionalDouble nps, OptionalDouble marginOfError95, double coverage,
                          Map<String, Double> weights) {

    public static WeightedNps of(List<WeightedPart> parts) {
        long allCustomers = parts.stream().mapToLong(WeightedPart::customers).sum();
        long heardCustomers = parts.stream().filter(WeightedPart::heard).mapToLong(WeightedPart::customers).sum();
        Map<String, Double> weights = new LinkedHashMap<>();
        double net = 0;
        double squaredError = 0;
        for (WeightedPart part : parts) {
            double weight = part.heard() ? (double) part.customers() / heardCustomers : 0;
            weights.put(part.name(), weight);
            if (part.heard()) {
                net += weight * part.tally().netShare();
                squaredError += weight * weight * part.tally().squaredStandardError();
            }
        }
        double coverage = allCustomers == 0 ? 0 : (double) heardCustomers / allCustomers;
        if (heardCustomers == 0) {
            return new WeightedNps(OptionalDouble.empty(), OptionalDouble.empty(), coverage, weights);
        }
        return new WeightedNps(OptionalDouble.of(100 * net), OptionalDouble.of(100 * 1.96 * Math.sqrt(squaredError)),
                coverage, weights);
    }
}
