package io.smartstore.devices.card;

import io.smartstore.devices.DeviceState;
import io.smartstore.devices.ReadError;

/** Told of each card read, each failed read and each change of the reader's state. */
public interface CardReadListener {

    void cardRead(CardNumber card);

    default void readFailed(ReadError error) {
    }

    default void stateChanged(DeviceState state) {
    }
}
