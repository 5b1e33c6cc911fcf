package io.smartstore.kiosk;

import io.smartstore.devices.nfc.UidFormat;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The kiosk's configuration ({@code smartstore.*}): its store server, its readers,
 * its privacy timings and the spheres of use it can show.
 */
@ConfigurationProperties("smartstore")
public record KioskSettings(Store store, Kiosk kiosk, Map<String, Sphere> spheres, Demo demo) {

    public KioskSettings {
        store = store == null ? new Store("http://localhost:8081", "", "") : store;
        kiosk = kiosk == null ? new Kiosk(null, null, null, null, null, null, null, null) : kiosk;
        spheres = spheres == null ? Map.of() : spheres;
        demo = demo == null ? new Demo(List.of()) : demo;
    }

    /** The store server: its URL, the kiosk's token, and the SSL bundle that says which store to trust (blank: the JDK's trust). */
    public record Store(String url, String token, String sslBundle) {
    }

    public record Kiosk(Reader cardReader, Reader nfcReader, Reader scanner, Camera camera, Duration idleTimeout,
                        Duration thankYouReset, String servicePin, String language) {
        public Kiosk {
            language = language == null || language.isBlank() ? "en" : language;
            camera = camera == null ? new Camera(null, 1280, 720, 15) : camera;
            cardReader = cardReader == null ? Reader.ABSENT : cardReader;
            nfcReader = nfcReader == null ? Reader.ABSENT : nfcReader;
            scanner = scanner == null ? Reader.ABSENT : scanner;
            idleTimeout = idleTimeout == null ? Duration.ofSeconds(30) : idleTimeout;
            thankYouReset = thankYouReset == null ? Duration.ofSeconds(5) : thankYouReset;
        }
    }

    /**
     * A serial reader; no port means the reader is absent. {@code protocol} chooses an NFC
     * reader's frames (EM4100 or TEXT) and {@code uidFormat} how a TEXT reader prints a UID
     * (HEX, HEX_REVERSED, DECIMAL); prefix, suffix, AIM identifier and charset frame a scanner's scans.
     */
    public record Reader(String port, Integer baud, String protocol, String prefix, String suffix, boolean aimIdentifier,
                         String charset, UidFormat uidFormat) {
        static final Reader ABSENT = new Reader(null, 9600, null, null, null, false, null, UidFormat.HEX);

        public Reader {
            baud = baud == null ? 9600 : baud;
            uidFormat = uidFormat == null ? UidFormat.HEX : uidFormat;
        }

        public boolean present() {
            return port != null && !port.isBlank();
        }
    }

    /** The kiosk camera (a V4L2 device such as {@code /dev/video0}); no device means no camera. */
    public record Camera(String device, Integer width, Integer height, Integer framesPerSecond) {
        public Camera {
            width = width == null ? 1280 : width;
            height = height == null ? 720 : height;
            framesPerSecond = framesPerSecond == null ? 15 : framesPerSecond;
        }

        public boolean present() {
            return device != null && !device.isBlank();
        }
    }

    /** How a sphere of use looks: its label, a Vaadin icon name, its colour and its place. */
    public record Sphere(String label, String icon, String colour, int order) {
    }

    /** Demo cards a person can tap with the on-screen control (demo profile only). */
    public record Demo(List<DemoCard> cards) {
        public Demo {
            cards = cards == null ? List.of() : cards;
        }
    }

    public record DemoCard(String name, String number) {
    }
}
