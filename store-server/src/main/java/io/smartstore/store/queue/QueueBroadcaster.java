package io.smartstore.store.queue;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

/**
 * Tells every open floor view and display once a change to the queue is committed, so that
 * they redraw at once (server push) instead of waiting for a reload.
 */
@Component
public class QueueBroadcaster {

    private final Set<Consumer<QueueChanged>> listeners = new CopyOnWriteArraySet<>();

    /** Listens until the returned handle is closed (when the view leaves the screen). */
    public AutoCloseable listen(Consumer<QueueChanged> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(QueueChanged change) {
        listeners.forEach(listener -> listener.accept(change));
    }
}
