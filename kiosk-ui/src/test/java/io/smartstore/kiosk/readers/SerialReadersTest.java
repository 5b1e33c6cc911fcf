package io.smartstore.kiosk.readers;

import io.smartstore.devices.DeviceError;
import io.smartstore.devices.serial.SerialTestPorts;
import io.smartstore.protocol.wire.CredentialMethod;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The kiosk with a card reader, an EM4100 reader and a scanner on socat pseudo-terminals: what each reads, and their health. */
@SpringBootTest
@ActiveProfiles("test")
class SerialReadersTest {

    static final Path DIR = temporaryDirectory();
    static final SerialTestPorts.Pair CARD = pair("card");
    static final SerialTestPorts.Pair NFC = pair("nfc");
    static final SerialTestPorts.Pair SCANNER = pair("scanner");

    @Autowired
    KioskReaders readers;
    @Autowired
    List<HealthIndicator> health;

    @DynamicPropertySource
    static void ports(DynamicPropertyRegistry registry) {
        registry.add("smartstore.kiosk.card-reader.port", () -> DIR.resolve("card").toString());
        registry.add("smartstore.kiosk.nfc-reader.port", () -> DIR.resolve("nfc").toString());
        registry.add("smartstore.kiosk.nfc-reader.protocol", () -> "EM4100");
        registry.add("smartstore.kiosk.scanner.port", () -> DIR.resolve("scanner").toString());
        registry.add("smartstore.kiosk.scanner.suffix", () -> "\\r\\n");
        registry.add("smartstore.kiosk.scanner.aim-identifier", () -> "true");
    }

    @AfterAll
    static void unplugAll() throws Exception {
        CARD.close();
        NFC.close();
        SCANNER.close();
    }

    @Test
    void everyReaderIsACredentialSourceAndReportsItsHealth() throws Exception {
        List<CredentialRead> reads = new CopyOnWriteArrayList<>();
        try (AutoCloseable subscription = readers.subscribe(new ReaderListener() {
            @Override
            public void credentialRead(CredentialRead read) {
                reads.add(read);
            }

            @Override
            public void readFailed(String reader, DeviceError error) {
            }
        })) {
            await().until(() -> readers.status().values().stream().allMatch(KioskReaders.ReaderStatus::healthy));
            CARD.send(";6280001000000014=2812101?\r\n");
            NFC.send("\u00020A1B2C3D4E4E\r\n\u0003");
            SCANNER.send("]Q1SS1.token-text\r\n");

            await().until(() -> reads.size() == 3);
        }
        assertThat(reads).extracting(CredentialRead::method, CredentialRead::credential).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(CredentialMethod.CARD, "6280001000000014"),
                org.assertj.core.groups.Tuple.tuple(CredentialMethod.NFC, "0A1B2C3D4E"),
                org.assertj.core.groups.Tuple.tuple(CredentialMethod.QR, "SS1.token-text"));

        HealthIndicator readersHealth = health.stream().filter(h -> h.getClass().getSimpleName().equals("ReadersHealth")).findFirst().orElseThrow();
        assertThat(readersHealth.health().getDetails()).containsEntry("card-reader", "CONNECTED")
                .containsEntry("nfc-reader", "CONNECTED").containsEntry("scanner", "CONNECTED");
        assertThat(readersHealth.health().getStatus().getCode()).isEqualTo("UP");

        SCANNER.unplug(true);
        await().until(() -> readersHealth.health().getStatus().getCode().equals("DEGRADED"));
        assertThat(readersHealth.health().getDetails()).containsEntry("scanner", "RECONNECTING");
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("kiosk-readers");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SerialTestPorts.Pair pair(String name) {
        try {
            return SerialTestPorts.start(DIR.resolve(name), DIR.resolve(name + "-host"));
        } catch (Exception e) {
            throw new IllegalStateException("socat is needed for this test", e);
        }
    }
}
