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

    private static final double Z95 = 1.96;

    public static WeightedNps of(List<WeightedPart> parts) {
        return combine(parts.stream().map(part -> new Estimate(part.name(), part.customers(),
                part.tally().isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(part.tally().netShare()),
                part.tally().isEmpty() ? 0 : part.tally().squaredStandardError())).toList());
    }

    /**
     * One level up (countries into the group): each part is already a figure with its
     * standard error, weighted by its customers.
     */
    public static WeightedNps ofFigures(List<Figure> parts) {
        return combine(parts.stream().map(part -> new Estimate(part.name(), part.customers(),
                part.nps().isPresent() ? OptionalDouble.of(part.nps().getAsDouble() / 100) : OptionalDouble.empty(),
                part.marginOfError95().isPresent() ? square(part.marginOfError95().getAsDouble() / (100 * Z95)) : 0)).toList());
    }

    private static WeightedNps combine(List<Estimate> parts) {
        long allCustomers = parts.stream().mapToLong(Estimate::customers).sum();
        long heardCustomers = parts.stream().filter(Estimate::heard).mapToLong(Estimate::customers).sum();
        Map<String, Double> weights = new LinkedHashMap<>();
        double net = 0;
        double squaredError = 0;
        for (Estimate part : parts) {
            double weight = part.heard() ? (double) part.customers() / heardCustomers : 0;
            weights.merge(part.name(), weight, Double::sum);
            if (part.heard()) {
                net += weight * part.net().getAsDouble();
                squaredError += weight * weight * part.squaredError();
            }
        }
        double coverage = allCustomers == 0 ? 0 : (double) heardCustomers / allCustomers;
        if (heardCustomers == 0) {
            return new WeightedNps(OptionalDouble.empty(), OptionalDouble.empty(), coverage, weights);
        }
        return new WeightedNps(OptionalDouble.of(100 * net), OptionalDouble.of(100 * Z95 * Math.sqrt(squaredError)),
                coverage, weights);
    }

    private static double square(double x) {
        return x * x;
    }

    /** A part that is itself a figure: NPS and margin in points, as {@link WeightedNps} gives them. */
    public record Figure(String name, long customers, OptionalDouble nps, OptionalDouble marginOfError95) {
    }

    private record Estimate(String name, long customers, OptionalDouble net, double squaredError) {
        boolean heard() {
            return net.isPresent() && customers > 0;
        }
    }
}
