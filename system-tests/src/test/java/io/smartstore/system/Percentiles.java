package io.smartstore.system;

import java.util.List;

/** Nearest-rank percentiles of the benches' samples. */
final class Percentiles {

    private Percentiles() {
    }

    static double of(List<Double> values, int percent) {
        double[] sorted;
        synchronized (values) {
            sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }
}
