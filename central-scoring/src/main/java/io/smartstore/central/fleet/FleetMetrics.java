package io.smartstore.central.fleet;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smartstore.protocol.fleet.FleetState;
import org.apache.maven.artifact.versioning.ComparableVersion;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The fleet for Prometheus: {@code smartstore_fleet_stores{state}}, {@code smartstore_fleet_kiosks{state}}, and
 * {@code smartstore_fleet_outdated{kind}} (stores or kiosks running a version older than the newest in the fleet).
 * Counted again on a new report, else at most every 10 s (for silence), whatever the scrapes.
 */
@Component
class FleetMetrics {

    private static final Duration FRESH = Duration.ofSeconds(10);
    private final StoreFleet fleet;
    private final Clock clock;
    private volatile Counts counts;

    FleetMetrics(StoreFleet fleet, MeterRegistry meters, Clock clock) {
        this.fleet = fleet;
        this.clock = clock;
        for (FleetState state : FleetState.values()) {
            Gauge.builder("smartstore.fleet.stores", this, metrics -> metrics.counts().stores().get(state)).tag("state", state.name())
                    .description("stores in this state").register(meters);
            Gauge.builder("smartstore.fleet.kiosks", this, metrics -> metrics.counts().kiosks().get(state)).tag("state", state.name())
                    .description("kiosks in this state (a silent or closed store's kiosks count as their store)").register(meters);
        }
        Gauge.builder("smartstore.fleet.outdated", this, metrics -> metrics.counts().outdatedStores()).tag("kind", "store")
                .description("stores running a version older than the newest in the fleet").register(meters);
        Gauge.builder("smartstore.fleet.outdated", this, metrics -> metrics.counts().outdatedKiosks()).tag("kind", "kiosk")
                .description("kiosks running a version older than the newest in the fleet").register(meters);
    }

    @org.springframework.transaction.event.TransactionalEventListener(fallbackExecution = true)
    void reported(FleetReported report) {
        counts = null;
    }

    Counts counts() {
        Counts current = counts;
        Instant now = clock.instant();
        if (current == null || Duration.between(current.at(), now).compareTo(FRESH) > 0) {
            current = count(fleet.stores(null, null), now);
            counts = current;
        }
        return current;
    }

    static Counts count(List<StoreStatus> stores, Instant at) {
        Map<FleetState, Double> byStore = zero();
        Map<FleetState, Double> byKiosk = zero();
        stores.forEach(store -> {
            byStore.merge(store.state(), 1.0, Double::sum);
            store.kiosks().forEach(kiosk -> byKiosk.merge(kiosk.state(), 1.0, Double::sum));
        });
        List<String> storeVersions = stores.stream().map(StoreStatus::version).filter(Objects::nonNull).toList();
        List<String> kioskVersions = stores.stream().flatMap(store -> store.kiosks().stream()).map(kiosk -> kiosk.version())
                .filter(Objects::nonNull).toList();
        return new Counts(at, byStore, byKiosk, outdated(storeVersions), outdated(kioskVersions));
    }

    /** How many of {@code versions} are older than the newest of them. */
    static double outdated(List<String> versions) {
        ComparableVersion newest = versions.stream().map(ComparableVersion::new).max(ComparableVersion::compareTo).orElse(null);
        return newest == null ? 0 : versions.stream().map(ComparableVersion::new).filter(version -> version.compareTo(newest) < 0).count();
    }

    private static Map<FleetState, Double> zero() {
        Map<FleetState, Double> counts = new EnumMap<>(FleetState.class);
        Stream.of(FleetState.values()).forEach(state -> counts.put(state, 0.0));
        return counts;
    }

    record Counts(Instant at, Map<FleetState, Double> stores, Map<FleetState, Double> kiosks, double outdatedStores, double outdatedKiosks) {
    }
}
