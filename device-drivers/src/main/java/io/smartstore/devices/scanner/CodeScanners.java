package io.smartstore.devices.scanner;

import io.smartstore.devices.Device;
import io.smartstore.devices.serial.Reconnection;
import io.smartstore.devices.serial.SerialDevice;
import io.smartstore.devices.serial.SerialSettings;

/** Makes barcode/QR scanners in serial mode. */
public final class CodeScanners {

    private CodeScanners() {
    }

    public static Device<Scan> serial(String name, SerialSettings port, ScannerSettings framing, Reconnection reconnection) {
        return new SerialDevice<>(name, port, reconnection, new ScannerDecoder(framing));
    }
}
