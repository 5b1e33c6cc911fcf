package io.smartstore.devices;

import io.smartstore.devices.FrameDecoder;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Collects what a decoder or a device reports, for tests. */
public final class Recorder<T> implements FrameDecoder.Sink<T>, DeviceListener<T> {

    public final List<T> data = new CopyOnWriteArrayList<>();
    public final List<DeviceError> errors = new CopyOnWriteArrayList<>();
    public final List<ConnectionStatus> statuses = new CopyOnWriteArrayList<>();

    @Override
    public void frame(T frame) {
        data.add(frame);
    }

    @Override
    public void data(T frame) {
        data.add(frame);
    }

    @Override
    public void error(DeviceError error) {
        errors.add(error);
    }

    @Override
    public void status(ConnectionStatus status) {
        statuses.add(status);
    }
}
