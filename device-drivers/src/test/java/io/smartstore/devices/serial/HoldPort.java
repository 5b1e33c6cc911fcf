package io.smartstore.devices.serial;

import com.fazecast.jSerialComm.SerialPort;

import java.nio.file.Path;

/** Another program holding a serial port, as jSerialComm opens ports: run in its own JVM by a test. */
public final class HoldPort {

    public static void main(String[] args) throws Exception {
        SerialPort port = SerialPort.getCommPort(Path.of(args[0]).toRealPath().toString());
        System.out.println(port.openPort() ? "held" : "failed");
        System.out.flush();
        Thread.sleep(60_000);
    }
}
