package io.smartstore.devices.card;

import io.smartstore.devices.DeviceState;

/**
 * A loyalty-card reader. {@link #open()} starts reading (and keeps trying while the
 * device is absent); {@link #close()} stops for good. Listeners are called on the
 * reader's own thread: hand the work over rather than block it.
 */
public interface CardReader extends AutoCloseable {

    void open();

    DeviceState state();

    void addListener(CardReadListener listener);

    void removeListener(CardReadListener listener);

    @Override
    void close();
}
