package io.smartstore.support.testing;

import java.util.Arrays;

/** A Prometheus scrape, read the way a monitoring system reads it: a sample by name and labels. */
public record Scrape(String text) {

    /** The value of the sample named {@code name} whose labels include each of {@code labels} (such as {@code relay="store-to-central"}); 0 when absent. */
    public double value(String name, String... labels) {
        return text.lines().filter(line -> !line.startsWith("#"))
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(0);
    }

    /** The sum of every sample named {@code name} whose labels include each of {@code labels}: a counter over all its label values. */
    public double sum(String name, String... labels) {
        return text.lines().filter(line -> !line.startsWith("#"))
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
