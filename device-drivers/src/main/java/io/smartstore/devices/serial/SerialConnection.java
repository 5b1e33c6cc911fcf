package io.smartstore.devices.serial;

import io.smartstore.devices.FrameDecoder;

import io.smartstore.devices.ConnectionStatus;
import io.smartstore.devices.DeviceError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Keeps one serial port open for as long as it is wanted: opens it, notices its loss
 * (jSerialComm's event, or the watchdog when no event comes: the device node gone, or
 * the configured path now naming another device), closes it, and opens the path again
 * with growing delays until the device is back. Bytes go to the decoder, whose partial
 * frame is dropped on every reconnection.
 */
final class SerialConnection<T> {

    private static final Logger log = LoggerFactory.getLogger(SerialConnection.class);
    private final String name;
    private final SerialSettings settings;
    private final Reconnection reconnection;
    private final FrameDecoder<T> decoder;
    private final FrameDecoder.Sink<T> sink;
    private final Consumer<ConnectionStatus> status;
    private final Object lock = new Object();
    private ScheduledExecutorService watchdog;
    private SerialLink link;
    private int failures;
    private long nextAttemptNanos;

    SerialConnection(String name, SerialSettings settings, Reconnection reconnection, FrameDecoder<T> decoder,
                     FrameDecoder.Sink<T> sink, Consumer<ConnectionStatus> status) {
        this.name = name;
        this.settings = settings;
        this.reconnection = reconnection;
        this.decoder = decoder;
        this.sink = sink;
        this.status = status;
    }

    /** Opens the port now if it is there, and keeps it open from then on. Fails only when another reader holds it. */
    void start() throws PortBusyException {
        synchronized (lock) {
            if (watchdog != null) {
                return;
            }
            failures = 0;
            nextAttemptNanos = 0;
            connect();
            watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, name + "-watchdog");
                thread.setDaemon(true);
                return thread;
            });
            long interval = reconnection.watchInterval().toMillis();
            watchdog.scheduleWithFixedDelay(this::watch, interval, interval, TimeUnit.MILLISECONDS);
        }
    }

    /** Closes the port and stops the watchdog; returns once no thread of this connection runs. */
    void stop() {
        ScheduledExecutorService stopping;
        synchronized (lock) {
            stopping = watchdog;
            watchdog = null;
            dropLink();
        }
        if (stopping != null) {
            stopping.shutdownNow();
            try {
                stopping.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void watch() {
        synchronized (lock) {
            if (watchdog == null) {
                return;
            }
            if (link != null && link.isOpen() && link.deviceStillPresent() && stillNamesTheSameDevice()) {
                return;
            }
            if (link != null) {
                log.warn("{}: its port at {} is gone", name, settings.portPath());
                dropLink();
                status.accept(ConnectionStatus.RECONNECTING);
            }
            if (System.nanoTime() - nextAttemptNanos >= 0) {
                try {
                    connect();
                } catch (PortBusyException busy) {
                    sink.error(new DeviceError("port_busy", busy.getMessage(), busy, true));
                }
            }
        }
    }

    private boolean stillNamesTheSameDevice() {
        try {
            return settings.portPath().toRealPath().equals(link.device());
        } catch (IOException gone) {
            return false;
        }
    }

    private void connect() throws PortBusyException {
        try {
            decoder.reset();
            link = SerialLink.open(settings, new SerialLink.Receiver() {
                @Override
                public void received(byte[] data) {
                    decoder.decode(data, sink);
                }

                @Override
                public void disconnected() {
                    onDisconnected();
                }
            });
            failures = 0;
            log.info("{}: connected at {}", name, settings.portPath());
            status.accept(ConnectionStatus.CONNECTED);
        } catch (PortBusyException busy) {
            link = null;
            scheduleRetry();
            throw busy;
        } catch (IOException | RuntimeException e) {
            link = null;
            scheduleRetry();
            status.accept(ConnectionStatus.RECONNECTING);
            log.debug("{}: port {} not available: {}", name, settings.portPath(), e.getMessage());
        }
    }

    private void onDisconnected() {
        log.warn("{}: disconnected from {}", name, settings.portPath());
        status.accept(ConnectionStatus.RECONNECTING);
        // the watchdog reopens it; the link closed itself inside jSerialComm's callback
    }

    private void scheduleRetry() {
        Duration delay = reconnection.after(failures++);
        nextAttemptNanos = System.nanoTime() + delay.toNanos();
    }

    private void dropLink() {
        if (link != null) {
            link.close();
            link = null;
        }
    }

}
