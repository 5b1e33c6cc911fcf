package io.smartstore.devices.card;

import io.smartstore.devices.DeviceState;
import io.smartstore.devices.ReadError;
import io.smartstore.devices.serial.SerialSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The real serial path: jSerialComm reading a socat pseudo-terminal. */
class MagneticStripeReaderSerialTest {

    @TempDir
    Path dir;

    private final List<CardNumber> cards = new CopyOnWriteArrayList<>();
    private final List<ReadError> errors = new CopyOnWriteArrayList<>();
    private final CardReadListener recorder = new CardReadListener() {
        @Override
        public void cardRead(CardNumber card) {
            cards.add(card);
        }

        @Override
        public void readFailed(ReadError error) {
            errors.add(error);
        }
    };

    @Test
    void aSwipeWrittenToTheSerialLineBecomesACardRead() throws Exception {
        Path device = dir.resolve("reader");
        try (var pair = io.smartstore.devices.serial.SerialTestPorts.start(device, dir.resolve("host"));
             var reader = new MagneticStripeReader(SerialSettings.of(device.toString(), 9600), Duration.ofMillis(100))) {
            reader.addListener(recorder);
            reader.open();
            await().until(() -> reader.state() == DeviceState.CONNECTED);

            pair.send("%B6280001234567895^MARTIN/CAMILLE^2812?;6280001234567895=2812?\r\n");
            pair.send("%E?;E?\r\n");

            await().until(() -> cards.size() == 1 && errors.size() == 1);
            assertThat(cards).containsExactly(new CardNumber("6280001234567895"));
        }
    }

    @Test
    void aReaderThatIsUnpluggedAndPluggedBackReadsAgain() throws Exception {
        Path device = dir.resolve("reader");
        Path host = dir.resolve("host");
        try (var reader = new MagneticStripeReader(SerialSettings.of(device.toString(), 9600), Duration.ofMillis(100))) {
            reader.addListener(recorder);
            reader.open();
            assertThat(reader.state()).isEqualTo(DeviceState.RECONNECTING);

            var first = io.smartstore.devices.serial.SerialTestPorts.start(device, host);
            await().until(() -> reader.state() == DeviceState.CONNECTED);
            first.close();
            await().until(() -> reader.state() == DeviceState.RECONNECTING);

            try (var second = io.smartstore.devices.serial.SerialTestPorts.start(device, host)) {
                await().until(() -> reader.state() == DeviceState.CONNECTED);
                second.send(";6280001234567895=2812?\r\n");
                await().until(() -> cards.size() == 1);
            }
        }
    }
}
