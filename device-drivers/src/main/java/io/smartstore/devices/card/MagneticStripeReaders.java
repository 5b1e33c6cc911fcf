package io.smartstore.devices.card;

import io.smartstore.devices.Device;
import io.smartstore.devices.serial.Reconnection;
import io.smartstore.devices.serial.SerialDevice;
import io.smartstore.devices.serial.SerialSettings;

/** Makes magnetic-stripe readers. */
public final class MagneticStripeReaders {

    private MagneticStripeReaders() {
    }

    /** A stripe reader on a serial port (or a USB reader in serial/COM emulation). */
    public static Device<CardSwipe> serial(String name, SerialSettings settings, Reconnection reconnection) {
        return new SerialDevice<>(name, settings, reconnection, new MagstripeDecoder());
    }
}
