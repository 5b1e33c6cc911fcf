package io.smartstore.support.push;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

/**
 * Tells every open staff view about a change, so that it redraws at once (server push)
 * instead of waiting for a reload. An app subclasses it per kind of change and calls
 * {@link #publish} once the change is committed.
 */
public abstract class Broadcaster<E> {

    private final Set<Consumer<E>> listeners = new CopyOnWriteArraySet<>();

    /** Listens until the returned handle is closed (when the view leaves the screen). */
    public AutoCloseable listen(Consumer<E> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    protected void publish(E change) {
        listeners.forEach(listener -> listener.accept(change));
    }
}
