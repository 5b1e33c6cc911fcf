package io.smartstore.devices;

/**
 * The lifecycle and the events every device shares. A subclass takes its hardware in
 * {@link #acquire()}, gives it back in {@link #relinquish()}, and hands what it reads to
 * {@link #deliver}, which passes it on only while the device is enabled.
 */
public abstract class AbstractDevice<T> implements Device<T> {

    private final String name;
    private final Listeners<T> listeners;
    private volatile DeviceState state = DeviceState.CLOSED;
    private volatile ConnectionStatus connection = ConnectionStatus.DISCONNECTED;
    private final FrameDecoder.Sink<T> sink = new FrameDecoder.Sink<>() {
        @Override
        public void frame(T data) {
            deliver(data);
        }

        @Override
        public void error(DeviceError error) {
            reportError(error);
        }
    };

    protected AbstractDevice(String name) {
        this.name = name;
        this.listeners = new Listeners<>(name);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public DeviceState state() {
        return state;
    }

    @Override
    public ConnectionStatus connection() {
        return connection;
    }

    @Override
    public synchronized void open() {
        require(DeviceState.CLOSED, "open");
        state = DeviceState.OPEN;
    }

    @Override
    public synchronized void claim() {
        require(DeviceState.OPEN, "claim");
        acquire();
        state = DeviceState.CLAIMED;
    }

    @Override
    public synchronized void enable() {
        require(DeviceState.CLAIMED, "enable");
        state = DeviceState.ENABLED;
    }

    @Override
    public synchronized void disable() {
        require(DeviceState.ENABLED, "disable");
        state = DeviceState.CLAIMED;
    }

    @Override
    public synchronized void release() {
        if (state == DeviceState.ENABLED) {
            disable();
        }
        require(DeviceState.CLAIMED, "release");
        relinquish();
        state = DeviceState.OPEN;
        reportStatus(ConnectionStatus.DISCONNECTED);
    }

    @Override
    public synchronized void close() {
        if (state == DeviceState.ENABLED || state == DeviceState.CLAIMED) {
            release();
        }
        state = DeviceState.CLOSED;
    }

    @Override
    public void addListener(DeviceListener<? super T> listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(DeviceListener<? super T> listener) {
        listeners.remove(listener);
    }

    /** Takes the hardware; may leave the device reconnecting when the hardware is absent. */
    protected abstract void acquire();

    /** Gives the hardware back and stops every thread the device started. */
    protected abstract void relinquish();

    /** Where a decoder of this device puts what it reads: {@link #deliver} and {@link #reportError}. */
    protected FrameDecoder.Sink<T> sink() {
        return sink;
    }

    /** Passes data on to the listeners while the device is enabled; drops it otherwise. */
    protected void deliver(T data) {
        if (state == DeviceState.ENABLED) {
            listeners.data(data);
        }
    }

    protected void reportError(DeviceError error) {
        if (state == DeviceState.ENABLED) {
            listeners.error(error);
        }
    }

    protected void reportStatus(ConnectionStatus status) {
        if (connection != status) {
            connection = status;
            listeners.status(status);
        }
    }

    private void require(DeviceState expected, String step) {
        if (state != expected) {
            throw new IllegalStateException("cannot " + step + " " + name + " while it is " + state);
        }
    }
}
