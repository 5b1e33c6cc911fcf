package io.smartstore.devices;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The listeners of one device; one that throws is logged and does not stop the others. */
final class Listeners<T> {

    private static final Logger log = LoggerFactory.getLogger(Listeners.class);
    private final List<DeviceListener<? super T>> listeners = new CopyOnWriteArrayList<>();
    private final String device;

    Listeners(String device) {
        this.device = device;
    }

    void add(DeviceListener<? super T> listener) {
        listeners.add(listener);
    }

    void remove(DeviceListener<? super T> listener) {
        listeners.remove(listener);
    }

    void data(T data) {
        each(listener -> listener.data(data));
    }

    void error(DeviceError error) {
        each(listener -> listener.error(error));
    }

    void status(ConnectionStatus status) {
        each(listener -> listener.status(status));
    }

    private void each(Consumer<DeviceListener<? super T>> call) {
        for (DeviceListener<? super T> listener : listeners) {
            try {
                call.accept(listener);
            } catch (RuntimeException e) {
                log.warn("a listener of {} failed: {}", device, e.getClass().getSimpleName());
            }
        }
    }
}
