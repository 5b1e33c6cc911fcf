package io.smartstore.devices.serial;

import java.io.IOException;

/** The port exists but another reader holds it. */
public class PortBusyException extends IOException {

    public PortBusyException(String message) {
        super(message);
    }
}
