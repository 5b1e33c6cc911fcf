package io.smartstore.benchmarks;

import java.util.List;

/** Nearest-rank percentiles of a bench's samples (here and in system-tests' browser benches). */
public final class Percentiles {

    private Percentiles() {
    }

    /** The sample at {@code percent} by nearest rank; NaN without samples. Safe on a synchronized list being filled. */
    public static double of(List<Double> values, int percent) {
        double[] sorted;
        synchronized (values) {
            sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        }
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }
}
