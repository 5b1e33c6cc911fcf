package io.smartstore.kiosk.fleet;

import io.smartstore.kiosk.feedback.FeedbackOutbox;
import io.smartstore.kiosk.readers.KioskReaders;
import io.smartstore.kiosk.readers.ReaderDevices;
import io.smartstore.kiosk.recognition.StoreClient;
import io.smartstore.protocol.wire.Heartbeat;
import io.smartstore.support.running.ThisApp;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Every {@code smartstore.kiosk.heartbeat-interval} (default 30 s) tells the store this kiosk is alive: its version,
 * since when it runs, each reader's state and last read, and the answers it still holds. A store that does not take it
 * loses nothing: the next one says it all again.
 */
@Component
class HeartbeatSender {

    private final StoreClient store;
    private final KioskReaders readers;
    private final ReaderDevices devices;
    private final FeedbackOutbox outbox;
    private final Clock clock;
    private final ThisApp app;

    HeartbeatSender(StoreClient store, KioskReaders readers, ReaderDevices devices, FeedbackOutbox outbox, Clock clock, ThisApp app) {
        this.store = store;
        this.readers = readers;
        this.devices = devices;
        this.outbox = outbox;
        this.clock = clock;
        this.app = app;
    }

    @Scheduled(fixedDelayString = "${smartstore.kiosk.heartbeat-interval:30s}", initialDelay = 0, timeUnit = java.util.concurrent.TimeUnit.SECONDS)
    void send() {
        store.heartbeat(now());
    }

    /** The heartbeat as it would be sent now. */
    Heartbeat now() {
        List<Heartbeat.Reader> states = new ArrayList<>();
        readers.status().forEach((name, status) -> states.add(new Heartbeat.Reader(name,
                status.healthy() ? Heartbeat.ReaderState.CONNECTED : Heartbeat.ReaderState.DISCONNECTED, status.lastReadAt())));
        devices.absent().forEach(name -> states.add(new Heartbeat.Reader(name, Heartbeat.ReaderState.ABSENT, null)));
        var backlog = outbox.backlog();
        Instant now = clock.instant();
        return new Heartbeat(app.version(), app.startedAt(), states,
                new Heartbeat.Outbox(backlog.count(), backlog.oldestAge().map(now::minus).orElse(null)));
    }
}
