package io.smartstore.devices;


/**
 * Turns the bytes of a serial line, in whatever chunks they arrive, into what a reader
 * means: data frames and errors. Buffers are bounded. One thread feeds a decoder.
 */
public interface FrameDecoder<T> {

    void decode(byte[] chunk, Sink<T> sink);

    /** Forgets any partial frame: the line was lost and comes back fresh. */
    void reset();

    /** Where a decoder puts what it found. */
    interface Sink<T> {
        void frame(T data);

        void error(DeviceError error);
    }
}
