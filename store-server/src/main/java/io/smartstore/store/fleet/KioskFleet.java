package io.smartstore.store.fleet;

import io.smartstore.protocol.fleet.FleetRules;
import io.smartstore.protocol.fleet.FleetState;
import io.smartstore.protocol.wire.Heartbeat;
import io.smartstore.store.StoreSettings;
import io.smartstore.support.clients.EnrolledClients;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The shop's kiosks: each heartbeat kept (the latest per kiosk), each kiosk judged by {@link FleetRules#KIOSK}
 * against the clock and the shop's opening hours, and each change of state recorded — when a heartbeat
 * arrives and every 30 s for the kiosks that went silent.
 */
@Service
public class KioskFleet {

    private final KioskHeartbeats heartbeats;
    private final EnrolledClients kiosks;
    private final StoreSettings settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    KioskFleet(KioskHeartbeats heartbeats, EnrolledClients kiosks, StoreSettings settings, Clock clock, ApplicationEventPublisher events) {
        this.heartbeats = heartbeats;
        this.events = events;
        this.kiosks = kiosks;
        this.settings = settings;
        this.clock = clock;
    }

    /** Keeps the kiosk's latest heartbeat (its readers replaced) and records a change of its state. */
    @Transactional
    public KioskStatus heartbeat(String kioskId, Heartbeat beat) {
        heartbeats.replace(kioskId, beat, clock.instant());
        KioskStatus status = find(kioskId).orElseThrow();
        recordIfChanged(status);
        events.publishEvent(new KioskHeard(kioskId));
        return status;
    }

    /** Every kiosk enrolled here or heard from, problems first, then by name. */
    public List<KioskStatus> kiosks() {
        Map<String, KioskHeartbeats.Heard> heard = heartbeats.heard();
        TreeSet<String> ids = new TreeSet<>(heard.keySet());
        kiosks.all().stream().filter(client -> !client.revoked()).forEach(client -> ids.add(client.id()));
        Instant now = clock.instant();
        List<KioskStatus> all = new ArrayList<>();
        for (String id : ids) {
            all.add(judge(id, heard.get(id), now));
        }
        all.sort(Comparator.comparing((KioskStatus status) -> status.state().ordinal()).thenComparing(KioskStatus::kioskId));
        return all;
    }

    public Optional<KioskStatus> find(String kioskId) {
        return kiosks().stream().filter(status -> status.kioskId().equals(kioskId)).findFirst();
    }

    /** The changes of state from {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
    public List<KioskStateChange> changes(Instant from, Instant to) {
        return heartbeats.changes(from, to);
    }

    /** Records the kiosks whose state changed without a heartbeat: gone silent, opened, closed (each change also published as a {@link KioskStateChange}). */
    @Scheduled(fixedDelayString = "${smartstore.fleet.check-interval:30s}", initialDelayString = "${smartstore.fleet.check-interval:30s}")
    public void watch() {
        kiosks().forEach(this::recordIfChanged);
    }

    private void recordIfChanged(KioskStatus status) {
        Optional<FleetState> last = heartbeats.lastState(status.kioskId());
        if (last.isEmpty() || last.get() != status.state()) {
            KioskStateChange change = new KioskStateChange(status.kioskId(), clock.instant(), status.state(), status.reason());
            heartbeats.addChange(change);
            events.publishEvent(change);
        }
    }

    private KioskStatus judge(String kioskId, KioskHeartbeats.Heard heard, Instant now) {
        StoreSettings.Store store = settings.store();
        if (heard == null) {
            FleetRules.Verdict verdict = FleetRules.KIOSK.judge(now, store.zone(), store.hours(), null, null, List.of());
            return new KioskStatus(kioskId, verdict.state(), verdict.reason(), null, null, null, List.of(), null);
        }
        List<String> missing = heard.readers().stream().filter(reader -> reader.state() == Heartbeat.ReaderState.DISCONNECTED)
                .map(Heartbeat.Reader::name).toList();
        FleetRules.Verdict verdict = FleetRules.KIOSK.judge(now, store.zone(), store.hours(), heard.receivedAt(), heard.outbox().oldestAt(), missing);
        return new KioskStatus(kioskId, verdict.state(), verdict.reason(), heard.receivedAt(), heard.version(), heard.startedAt(),
                heard.readers(), heard.outbox());
    }

}
