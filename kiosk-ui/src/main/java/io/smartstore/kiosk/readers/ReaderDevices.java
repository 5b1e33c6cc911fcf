package io.smartstore.kiosk.readers;

import io.smartstore.devices.Device;
import io.smartstore.devices.camera.CameraQrReader;
import io.smartstore.devices.camera.FfmpegFrameSource;
import io.smartstore.devices.camera.FrameSource;
import io.smartstore.devices.camera.StillPictureSource;
import io.smartstore.devices.card.CardSwipe;
import io.smartstore.devices.card.MagneticStripeReaders;
import io.smartstore.devices.fake.FakeCardReader;
import io.smartstore.devices.nfc.NfcReaders;
import io.smartstore.devices.nfc.TagRead;
import io.smartstore.devices.scanner.CodeScanners;
import io.smartstore.devices.scanner.Scan;
import io.smartstore.devices.scanner.ScannerSettings;
import io.smartstore.devices.serial.Reconnection;
import io.smartstore.devices.serial.SerialSettings;
import io.smartstore.kiosk.KioskSettings;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which readers this kiosk has, from configuration: each serial reader whose port is
 * set; in the demo profile, a fake card reader a person taps on screen.
 */
@Component
public class ReaderDevices {

    private final Optional<Device<CardSwipe>> cardReader;
    private final Optional<Device<TagRead>> nfcReader;
    private final Optional<Device<Scan>> scanner;
    private final Optional<Device<Scan>> camera;

    ReaderDevices(KioskSettings settings, Environment environment) {
        KioskSettings.Kiosk kiosk = settings.kiosk();
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            this.cardReader = Optional.of(new FakeCardReader("card-reader"));
        } else {
            this.cardReader = port(kiosk.cardReader()).map(port -> MagneticStripeReaders.serial("card-reader", port, Reconnection.DEFAULT));
        }
        this.nfcReader = port(kiosk.nfcReader()).map(port -> "TEXT".equalsIgnoreCase(kiosk.nfcReader().protocol())
                ? NfcReaders.text("nfc-reader", port, Reconnection.DEFAULT, kiosk.nfcReader().uidFormat())
                : NfcReaders.em4100("nfc-reader", port, Reconnection.DEFAULT));
        this.scanner = port(kiosk.scanner()).map(port -> CodeScanners.serial("scanner", port, framing(kiosk.scanner()), Reconnection.DEFAULT));
        KioskSettings.Camera camera = kiosk.camera();
        this.camera = camera.present()
                ? Optional.of(new CameraQrReader("camera", () -> frames(camera), Reconnection.DEFAULT, camera.framesPerSecond()))
                : Optional.empty();
    }

    /** A V4L2 device under /dev; any other path is a still picture held before the camera (demos, tests). */
    private static FrameSource frames(KioskSettings.Camera camera) throws java.io.IOException {
        Path device = Path.of(camera.device());
        return device.startsWith("/dev")
                ? FfmpegFrameSource.camera(device, camera.width(), camera.height(), camera.framesPerSecond())
                : new StillPictureSource(device, camera.width(), camera.height(), camera.framesPerSecond());
    }

    /** The kinds of reader this kiosk has none of (the fleet shows them ABSENT, which is no fault). */
    public java.util.List<String> absent() {
        java.util.List<String> absent = new java.util.ArrayList<>();
        if (cardReader.isEmpty()) {
            absent.add("card-reader");
        }
        if (nfcReader.isEmpty()) {
            absent.add("nfc-reader");
        }
        if (scanner.isEmpty()) {
            absent.add("scanner");
        }
        if (camera.isEmpty()) {
            absent.add("camera");
        }
        return absent;
    }

    public Optional<Device<Scan>> camera() {
        return camera;
    }

    public Optional<Device<CardSwipe>> cardReader() {
        return cardReader;
    }

    public Optional<Device<TagRead>> nfcReader() {
        return nfcReader;
    }

    public Optional<Device<Scan>> scanner() {
        return scanner;
    }

    private static Optional<SerialSettings> port(KioskSettings.Reader reader) {
        if (!reader.present()) {
            return Optional.empty();
        }
        return Optional.of(SerialSettings.of(reader.port()).withBaudRate(SerialSettings.BaudRate.of(reader.baud())));
    }

    private static ScannerSettings framing(KioskSettings.Reader scanner) {
        return ScannerSettings.DEFAULT
                .withPrefix(unescape(scanner.prefix()))
                .withSuffix(scanner.suffix() == null || scanner.suffix().isEmpty() ? "\r" : unescape(scanner.suffix()))
                .withAimIdentifier(scanner.aimIdentifier())
                .withCharset(scanner.charset() == null ? ScannerSettings.DEFAULT.charset() : Charset.forName(scanner.charset()));
    }

    /** Lets configuration say CR, LF, STX and ETX as {@code \r}, {@code \n}, {@code \x02}, {@code \x03}. */
    static String unescape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\\r", "\r").replace("\\n", "\n").replace("\\t", "\t")
                .replace("\\x02", "\u0002").replace("\\x03", "\u0003");
    }
}
