package io.smartstore.devices.card;

import io.smartstore.devices.DeviceState;
import io.smartstore.devices.ReadError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The listeners of one reader; a listener that throws is logged and does not stop the others. */
final class CardReadListeners {

    private static final Logger log = LoggerFactory.getLogger(CardReadListeners.class);
    private final List<CardReadListener> listeners = new CopyOnWriteArrayList<>();

    void add(CardReadListener listener) {
        listeners.add(listener);
    }

    void remove(CardReadListener listener) {
        listeners.remove(listener);
    }

    void cardRead(CardNumber card) {
        each(listener -> listener.cardRead(card));
    }

    void readFailed(ReadError error) {
        each(listener -> listener.readFailed(error));
    }

    void stateChanged(DeviceState state) {
        each(listener -> listener.stateChanged(state));
    }

    private void each(java.util.function.Consumer<CardReadListener> call) {
        for (CardReadListener listener : listeners) {
            try {
                call.accept(listener);
            } catch (RuntimeException e) {
                log.warn("a card-read listener failed: {}", e.getClass().getSimpleName());
            }
        }
    }
}
