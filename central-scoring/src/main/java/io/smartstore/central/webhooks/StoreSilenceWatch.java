package io.smartstore.central.webhooks;

import io.smartstore.central.fleet.StoreFleet;
import io.smartstore.central.fleet.StoreStatus;
import io.smartstore.protocol.fleet.FleetState;
import io.smartstore.support.webhooks.Webhooks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code store.silent}: a store heard from before that is now OFFLINE (silent 5 minutes while open) is told once, with
 * its status as {@code GET /api/v1/fleet} shows it; told again only after it was heard from in between. A store never
 * heard from is not "gone silent"; the fleet page shows it.
 */
@Component
public class StoreSilenceWatch {

    private final StoreFleet fleet;
    private final Webhooks webhooks;
    private final JdbcClient jdbc;
    private final Clock clock;

    StoreSilenceWatch(StoreFleet fleet, Webhooks webhooks, JdbcClient jdbc, Clock clock) {
        this.fleet = fleet;
        this.webhooks = webhooks;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${smartstore.fleet.check-interval:30s}", initialDelayString = "${smartstore.fleet.check-interval:30s}")
    @Transactional
    public void look() {
        Set<String> told = Set.copyOf(jdbc.sql("SELECT STORE_ID FROM STORE_SILENCE_TOLD").query(String.class).list());
        List<StoreStatus> silent = fleet.stores(null, FleetState.OFFLINE).stream().filter(store -> store.lastContactAt() != null).toList();
        Set<String> silentIds = silent.stream().map(StoreStatus::storeId).collect(Collectors.toSet());
        told.stream().filter(id -> !silentIds.contains(id))
                .forEach(id -> jdbc.sql("DELETE FROM STORE_SILENCE_TOLD WHERE STORE_ID = ?").param(id).update());
        for (StoreStatus store : silent) {
            if (!told.contains(store.storeId())) {
                jdbc.sql("INSERT INTO STORE_SILENCE_TOLD (STORE_ID, TOLD_AT) VALUES (?, ?)")
                        .params(store.storeId(), clock.instant().atOffset(ZoneOffset.UTC)).update();
                webhooks.publish(CentralEvents.STORE_SILENT, store.storeId(), store);
            }
        }
    }
}
