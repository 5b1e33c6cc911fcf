package io.smartstore.kiosk.simulation;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Simulated customers ({@code smartstore.kiosk.simulated-customers.*}): one every {@code every}
 * (no value: none, the default), each step written to {@code ledger}; {@code count} of them, or
 * without end when it is not set; each reads the reasons screen for {@code reading} (none by
 * default) between tapping a score and choosing a reason.
 *
 * @param every for chaos and load runs only: a simulated customer this often (unset: none)
 * @param ledger the file each simulated answer is written to (required with {@code every})
 * @param count how many simulated customers (unset: without end)
 * @param reading how long a simulated customer reads the reasons screen before choosing
 */
@ConfigurationProperties("smartstore.kiosk.simulated-customers")
public record SimulationSettings(Duration every, Path ledger, Integer count, Duration reading) {

    public SimulationSettings {
        if (every != null && (every.isNegative() || every.isZero())) {
            throw new IllegalArgumentException("smartstore.kiosk.simulated-customers.every must be positive, was " + every);
        }
        if (every != null && ledger == null) {
            throw new IllegalArgumentException("smartstore.kiosk.simulated-customers.ledger is required with …every");
        }
    }
}
