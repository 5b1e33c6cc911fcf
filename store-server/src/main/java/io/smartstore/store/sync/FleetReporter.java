package io.smartstore.store.sync;

import io.smartstore.protocol.wire.FleetReport;
import io.smartstore.protocol.wire.Heartbeat;
import io.smartstore.store.StoreSettings;
import io.smartstore.store.fleet.KioskFleet;
import io.smartstore.support.running.ThisApp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Every {@code smartstore.central.fleet-interval} (default one minute) tells central how this store and its kiosks
 * are. Only the latest matters: a report central did not take is not kept, the next one says it all again.
 */
@Component
class FleetReporter {

    private static final Logger log = LoggerFactory.getLogger(FleetReporter.class);
    private final CentralClient central;
    private final CentralOutbox relay;
    private final KioskFleet kiosks;
    private final StoreStorage storage;
    private final JdbcClient jdbc;
    private final StoreSettings settings;
    private final Clock clock;
    private final ThisApp app;

    FleetReporter(CentralClient central, CentralOutbox relay, KioskFleet kiosks, StoreStorage storage, JdbcClient jdbc,
                  StoreSettings settings, Clock clock, ThisApp app) {
        this.central = central;
        this.relay = relay;
        this.kiosks = kiosks;
        this.storage = storage;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
        this.app = app;
    }

    @Scheduled(fixedDelayString = "${smartstore.central.fleet-interval:1m}", initialDelay = 10, timeUnit = java.util.concurrent.TimeUnit.SECONDS)
    void report() {
        if (!central.configured()) {
            return;
        }
        central.sendFleet(now()).ifPresent(failure -> log.warn("fleet report not taken by central, the next one will say it again: {}", failure));
    }

    FleetReport now() {
        Instant at = clock.instant();
        var backlog = relay.backlog();
        StoreStorage.Figures room = storage.now();
        Instant lastAnswer = jdbc.sql("SELECT MAX(RECEIVED_AT) FROM FEEDBACK").query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
                .optional().map(OffsetDateTime::toInstant).orElse(null);
        return new FleetReport(settings.store().id(), settings.store().country(), settings.store().zone().getId(), app.version(), app.startedAt(), settings.store().openingHours(),
                new Heartbeat.Outbox(backlog.count(), backlog.oldestAge().map(at::minus).orElse(null)),
                room.databaseBytes(), room.freeDiskBytes(), lastAnswer,
                kiosks.kiosks().stream().map(kiosk -> new FleetReport.Kiosk(kiosk.kioskId(), kiosk.state(), kiosk.reason(),
                        kiosk.lastContactAt(), kiosk.version(), kiosk.readers(), kiosk.outbox())).toList());
    }
}
