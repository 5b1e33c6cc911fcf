package io.smartstore.devices.card;

import io.smartstore.devices.DeviceState;
import io.smartstore.devices.ReadError;
import io.smartstore.devices.serial.LineFramer;
import io.smartstore.devices.serial.SerialLink;
import io.smartstore.devices.serial.SerialSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A magnetic-stripe reader on a serial port: each line it sends is one swipe. While the
 * port is absent or gone (unplugged), a watchdog tries again every {@code retryInterval}
 * and reports {@link DeviceState#RECONNECTING}; it never gives up until closed.
 */
public final class MagneticStripeReader implements CardReader {

    private static final Logger log = LoggerFactory.getLogger(MagneticStripeReader.class);
    private static final int MAX_LINE = 512;

    private final SerialSettings settings;
    private final Duration retryInterval;
    private final TrackDataParser parser = new TrackDataParser();
    private final CardReadListeners listeners = new CardReadListeners();
    private final Object lock = new Object();
    private ScheduledExecutorService watchdog;
    private SerialLink link;
    private LineFramer framer;
    private volatile DeviceState state = DeviceState.CLOSED;

    public MagneticStripeReader(SerialSettings settings, Duration retryInterval) {
        this.settings = settings;
        this.retryInterval = retryInterval;
    }

    @Override
    public void open() {
        synchronized (lock) {
            if (watchdog != null) {
                return;
            }
            watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "card-reader-watchdog");
                thread.setDaemon(true);
                return thread;
            });
            changeState(DeviceState.RECONNECTING);
            watchdog.scheduleWithFixedDelay(this::keepConnected, 0, retryInterval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void keepConnected() {
        synchronized (lock) {
            if (watchdog == null) {
                return;
            }
            if (link != null && link.isOpen() && link.deviceStillPresent()) {
                return;
            }
            if (link != null) {
                dropLink();
            }
            try {
                framer = new LineFramer(MAX_LINE);
                link = SerialLink.open(settings, new SerialLink.Receiver() {
                    @Override
                    public void received(byte[] data) {
                        onBytes(data);
                    }

                    @Override
                    public void disconnected() {
                        onDisconnected();
                    }
                });
                log.info("card reader connected at {}", settings.portPath());
                changeState(DeviceState.CONNECTED);
            } catch (IOException | RuntimeException e) {
                link = null;
                log.debug("card reader not available at {}: {}", settings.portPath(), e.getMessage());
            }
        }
    }

    private void onBytes(byte[] data) {
        LineFramer current = framer;
        if (current == null) {
            return;
        }
        long droppedBefore = current.droppedLines();
        for (String line : current.feed(data)) {
            switch (parser.parse(line)) {
                case Swipe.Card card -> listeners.cardRead(card.number());
                case Swipe.Failed failed -> listeners.readFailed(failed.error());
            }
        }
        if (current.droppedLines() > droppedBefore) {
            listeners.readFailed(new ReadError("oversize", "the reader sent a line longer than " + MAX_LINE + " bytes", true));
        }
    }

    private void onDisconnected() {
        log.warn("card reader at {} disconnected", settings.portPath());
        changeState(DeviceState.RECONNECTING);
    }

    private void dropLink() {
        link.close();
        link = null;
        changeState(DeviceState.RECONNECTING);
    }

    private void changeState(DeviceState newState) {
        if (state != newState) {
            state = newState;
            listeners.stateChanged(newState);
        }
    }

    @Override
    public DeviceState state() {
        return state;
    }

    @Override
    public void addListener(CardReadListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(CardReadListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (watchdog != null) {
                watchdog.shutdownNow();
                watchdog = null;
            }
            if (link != null) {
                link.close();
                link = null;
            }
            changeState(DeviceState.CLOSED);
        }
    }
}
