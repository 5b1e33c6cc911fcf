package io.smartstore.central.fleet;

import io.smartstore.protocol.fleet.FleetRules;
import io.smartstore.protocol.fleet.FleetState;
import io.smartstore.protocol.fleet.OpeningHours;
import io.smartstore.protocol.wire.FleetReport;
import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every store's latest report, and each store judged by {@link FleetRules#STORE} against the clock and its opening
 * hours in its zone. A store provisioned but never heard from is OFFLINE ("never heard from").
 */
@Service
public class StoreFleet {

    private final StoreFleetTable table;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    StoreFleet(StoreFleetTable table, Clock clock, ApplicationEventPublisher events) {
        this.table = table;
        this.events = events;
        this.clock = clock;
    }

    /** Keeps {@code report} as the store's latest; a store may only report about itself. */
    @Transactional
    public void report(String caller, FleetReport report) {
        if (!caller.equals(report.storeId())) {
            throw new Refusal(ProblemCode.STORE_MISMATCH, "A store reports only about itself");
        }
        zone(report.zone());
        try {
            OpeningHours.parse(report.openingHours());
        } catch (IllegalArgumentException e) {
            throw new Refusal(ProblemCode.INVALID_FLEET_REPORT, e.getMessage());
        }
        table.replace(report, clock.instant());
        events.publishEvent(new FleetReported(report.storeId()));
    }

    /** Every store provisioned here or heard from, problems first, then by country and id; {@code null} filters nothing. */
    public List<StoreStatus> stores(String country, FleetState state) {
        Instant now = clock.instant();
        Map<String, StoreStatus> all = new LinkedHashMap<>();
        for (StoreFleetTable.Provisioned store : table.provisioned()) {
            FleetRules.Verdict verdict = FleetRules.STORE.judge(now, store.zone() == null ? ZoneOffset.UTC : ZoneId.of(store.zone()),
                    OpeningHours.always(), null, null, List.of());
            all.put(store.storeId(), new StoreStatus(store.storeId(), store.country(), verdict.state(), verdict.reason(),
                    null, null, null, null, null, null, null, List.of()));
        }
        for (StoreFleetTable.Reported reported : table.reports()) {
            FleetReport report = reported.report();
            FleetRules.Verdict verdict = FleetRules.STORE.judge(now, ZoneId.of(report.zone()), OpeningHours.parse(report.openingHours()),
                    reported.receivedAt(), report.relay().oldestAt(), List.of());
            all.put(report.storeId(), new StoreStatus(report.storeId(), report.country(), verdict.state(), verdict.reason(), reported.receivedAt(),
                    report.version(), report.startedAt(), report.relay(), report.databaseBytes(), report.freeDiskBytes(),
                    report.lastAnswerAt(), asOfTheStore(verdict, report.kiosks())));
        }
        List<StoreStatus> stores = new ArrayList<>(all.values().stream()
                .filter(store -> country == null || country.equals(store.country()))
                .filter(store -> state == null || state == store.state()).toList());
        stores.sort(Comparator.comparing((StoreStatus store) -> store.state().ordinal())
                .thenComparing(store -> Objects.requireNonNullElse(store.country(), "")).thenComparing(StoreStatus::storeId));
        return stores;
    }

    /** A silent or closed store's kiosks are what their store is: nothing newer is known of them. */
    private static List<FleetReport.Kiosk> asOfTheStore(FleetRules.Verdict store, List<FleetReport.Kiosk> kiosks) {
        if (store.state() != FleetState.OFFLINE && store.state() != FleetState.CLOSED) {
            return kiosks;
        }
        return kiosks.stream().map(kiosk -> new FleetReport.Kiosk(kiosk.kioskId(), store.state(), "store: " + store.reason(),
                kiosk.lastContactAt(), kiosk.version(), kiosk.readers(), kiosk.outbox())).toList();
    }

    private static ZoneId zone(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new Refusal(ProblemCode.INVALID_FLEET_REPORT, "zone is the store's time zone, such as Europe/Paris");
        }
    }
}
