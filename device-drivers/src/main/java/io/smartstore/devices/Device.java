package io.smartstore.devices;

/**
 * A reader a kiosk plugs in, with the JavaPOS lifecycle: {@link #open()} checks and
 * prepares, {@link #claim()} takes the hardware (and keeps retaking it after an unplug),
 * {@link #enable()} starts delivering data, and the way back out is
 * {@link #disable()}, {@link #release()}, {@link #close()}. An illegal step throws
 * {@link IllegalStateException}; {@link #close()} is allowed from any state.
 *
 * @param <T> what the device reads: a card, a tag, a scan
 */
public interface Device<T> extends AutoCloseable {

    /** A short name for logs and health, such as {@code card-reader}. */
    String name();

    DeviceState state();

    ConnectionStatus connection();

    void open();

    void claim();

    void enable();

    void disable();

    void release();

    @Override
    void close();

    void addListener(DeviceListener<? super T> listener);

    void removeListener(DeviceListener<? super T> listener);

    /** Opens, claims and enables: the device reads from now on. */
    default void start() {
        open();
        claim();
        enable();
    }
}
