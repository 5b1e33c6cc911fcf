package io.smartstore.kiosk.readers;

import io.smartstore.devices.DeviceState;
import io.smartstore.devices.card.CardReadListener;
import io.smartstore.devices.card.CardReader;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The kiosk's card reader, opened with the application and closed with it. Screens
 * subscribe while they are shown; events arrive on the reader's thread.
 */
@Component
public class CardReaders implements SmartLifecycle {

    private final Optional<CardReader> reader;
    private volatile boolean running;

    CardReaders(Optional<CardReader> reader) {
        this.reader = reader;
    }

    /** Starts telling {@code listener} of card reads; the returned handle stops it. */
    public AutoCloseable subscribe(CardReadListener listener) {
        reader.ifPresent(r -> r.addListener(listener));
        return () -> reader.ifPresent(r -> r.removeListener(listener));
    }

    /** The reader's state, or empty when this kiosk has no card reader. */
    public Optional<DeviceState> state() {
        return reader.map(CardReader::state);
    }

    @Override
    public void start() {
        reader.ifPresent(CardReader::open);
        running = true;
    }

    @Override
    public void stop() {
        reader.ifPresent(CardReader::close);
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
