package io.smartstore.devices.nfc;

import io.smartstore.devices.Device;
import io.smartstore.devices.serial.Reconnection;
import io.smartstore.devices.serial.SerialDevice;
import io.smartstore.devices.serial.SerialSettings;

/** Makes NFC/RFID UID readers. */
public final class NfcReaders {

    private NfcReaders() {
    }

    /** The 125 kHz readers that send EM4100 frames (STX … ETX). */
    public static Device<TagRead> em4100(String name, SerialSettings port, Reconnection reconnection) {
        return new SerialDevice<>(name, port, reconnection, new Em4100Decoder());
    }

    /** The readers that print each UID as a line of hex. */
    public static Device<TagRead> text(String name, SerialSettings port, Reconnection reconnection) {
        return text(name, port, reconnection, UidFormat.HEX);
    }

    /** The readers that print each UID as a line, in hex, byte-reversed hex or decimal. */
    public static Device<TagRead> text(String name, SerialSettings port, Reconnection reconnection, UidFormat format) {
        return new SerialDevice<>(name, port, reconnection, new TextUidDecoder(format));
    }
}
