package io.smartstore.kiosk;

import io.smartstore.devices.nfc.UidFormat;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The kiosk's configuration ({@code smartstore.*}): its store server, its readers,
 * its privacy timings and the spheres of use it can show.
 *
 * @param store the store server this kiosk talks to
 * @param kiosk the kiosk's readers, privacy timings, service PIN and language
 * @param spheres how each sphere of use looks, by its code
 * @param demo the demo profile's on-screen cards
 */
@ConfigurationProperties("smartstore")
public record KioskSettings(Store store, Kiosk kiosk, Map<String, Sphere> spheres, Demo demo) {

    public KioskSettings {
        store = store == null ? new Store("http://localhost:8081", "", "") : store;
        kiosk = kiosk == null ? new Kiosk(null, null, null, null, null, null, null, null) : kiosk;
        spheres = spheres == null ? Map.of() : spheres;
        demo = demo == null ? new Demo(List.of()) : demo;
    }

    /**
     * The store server.
     *
     * @param url the store server's address
     * @param token this kiosk's token, given once at its enrolment; a secret
     * @param sslBundle the SSL bundle that says which store to trust (blank: the JDK's trust)
     */
    public record Store(String url, String token, String sslBundle) {
    }

    /**
     * The kiosk itself.
     *
     * @param cardReader the magnetic stripe card reader (no port: none)
     * @param nfcReader the NFC/RFID reader (no port: none)
     * @param scanner the barcode/QR scanner (no port: none)
     * @param camera the camera that reads QR codes (no device: none)
     * @param idleTimeout how long a personal screen stays without a touch or a key before it resets (default 30 s)
     * @param thankYouReset how long the thank-you screen shows (default 5 s)
     * @param servicePin the staff service screen's PIN; a secret
     * @param language the kiosk's language before a customer is recognised (default en)
     */
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
     *
     * @param port the reader's serial port, preferably under {@code /dev/serial/by-id/} (blank: no reader)
     * @param baud the serial line's speed (default 9600)
     * @param protocol an NFC reader's frames: EM4100 or TEXT
     * @param prefix what a scanner sends before a scan
     * @param suffix what a scanner sends after a scan
     * @param aimIdentifier whether a scanner starts each scan with its AIM identifier ({@code ]Q1}, …)
     * @param charset the scanner's character set
     * @param uidFormat how a TEXT NFC reader prints a UID: HEX (default), HEX_REVERSED or DECIMAL
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

    /**
     * The kiosk camera; no device means no camera.
     *
     * @param device the V4L2 device, such as {@code /dev/video0}
     * @param width the frames' width in pixels (default 1280)
     * @param height the frames' height in pixels (default 720)
     * @param framesPerSecond how many frames a second are read (default 15)
     */
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

    /**
     * How a sphere of use looks.
     *
     * @param label its name on the screen
     * @param icon a Vaadin icon's name
     * @param colour its colour (CSS)
     * @param order its place among the spheres
     */
    public record Sphere(String label, String icon, String colour, int order) {
    }

    /**
     * The demo's cards.
     *
     * @param cards the cards a person can tap with the on-screen control (demo profile only)
     */
    public record Demo(List<DemoCard> cards) {
        public Demo {
            cards = cards == null ? List.of() : cards;
        }
    }

    public record DemoCard(String name, String number) {
    }
}
