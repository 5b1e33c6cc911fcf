package io.smartstore.kiosk.readers;

import io.smartstore.devices.ConnectionStatus;
import io.smartstore.devices.Device;
import io.smartstore.devices.DeviceError;
import io.smartstore.devices.DeviceListener;
import io.smartstore.devices.DeviceState;
import io.smartstore.devices.card.CardSwipe;
import io.smartstore.devices.nfc.TagRead;
import io.smartstore.devices.scanner.Scan;
import io.smartstore.protocol.wire.CredentialMethod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every reader of this kiosk, started with the application and closed with it, their
 * reads turned into credentials for the screens. A reader that fails to start is
 * reported and skipped: the kiosk keeps working with what it has.
 */
@Component
public class KioskReaders implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KioskReaders.class);
    private final List<Device<?>> devices = new ArrayList<>();
    /** The screens listening, newest last: only the newest — the one in front of the customer — is told. */
    private final java.util.Deque<ReaderListener> listeners = new java.util.concurrent.ConcurrentLinkedDeque<>();
    private final Map<String, java.time.Instant> lastReads = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.time.Clock clock;
    private volatile boolean running;

    KioskReaders(ReaderDevices configured, java.time.Clock clock) {
        this.clock = clock;
        configured.cardReader().ifPresent(device -> add(device, CredentialMethod.CARD, (CardSwipe swipe) -> swipe.number().digits()));
        configured.nfcReader().ifPresent(device -> add(device, CredentialMethod.NFC, (TagRead tag) -> tag.uid().hex()));
        configured.scanner().ifPresent(device -> add(device, CredentialMethod.QR, Scan::text));
        configured.camera().ifPresent(device -> add(device, CredentialMethod.QR, Scan::text));
    }

    private <T> void add(Device<T> device, CredentialMethod method, java.util.function.Function<T, String> credential) {
        devices.add(device);
        device.addListener(new DeviceListener<T>() {
            @Override
            public void data(T data) {
                lastReads.put(device.name(), clock.instant());
                CredentialRead read = new CredentialRead(method, credential.apply(data), device.name());
                front().ifPresent(listener -> listener.credentialRead(read));
            }

            @Override
            public void error(DeviceError error) {
                log.info("{}: {}", device.name(), error);
                // a customer hears of a swipe that failed; noise, a busy port or a camera hiccup is for staff
                if ("bad_read".equals(error.code())) {
                    front().ifPresent(listener -> listener.readFailed(device.name(), error));
                }
            }

            @Override
            public void status(ConnectionStatus status) {
                log.info("{} is {}", device.name(), status);
            }
        });
    }

    /**
     * Makes {@code listener} the screen that is told of reads (one read, one identification,
     * even while a reloaded page's old screen has not detached yet); the handle stops it.
     */
    public AutoCloseable subscribe(ReaderListener listener) {
        listeners.addLast(listener);
        return () -> listeners.remove(listener);
    }

    private java.util.Optional<ReaderListener> front() {
        return java.util.Optional.ofNullable(listeners.peekLast());
    }

    /** Each reader by name, with its lifecycle state, connection status and last read (none yet: null). */
    public Map<String, ReaderStatus> status() {
        Map<String, ReaderStatus> status = new LinkedHashMap<>();
        devices.forEach(device -> status.put(device.name(), new ReaderStatus(device.state(), device.connection(), lastReads.get(device.name()))));
        return status;
    }

    @Override
    public void start() {
        for (Device<?> device : devices) {
            try {
                device.start();
            } catch (RuntimeException e) {
                log.error("{} could not start: {}", device.name(), e.getMessage());
            }
        }
        running = true;
    }

    @Override
    public void stop() {
        devices.forEach(Device::close);
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** A reader's lifecycle state, whether its hardware is there, and when it last read a credential. */
    public record ReaderStatus(DeviceState state, ConnectionStatus connection, java.time.Instant lastReadAt) {
        public boolean healthy() {
            return state == DeviceState.ENABLED && connection == ConnectionStatus.CONNECTED;
        }
    }
}
