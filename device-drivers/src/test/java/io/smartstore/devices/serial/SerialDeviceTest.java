package io.smartstore.devices.serial;

import io.smartstore.devices.ConnectionStatus;
import io.smartstore.devices.Device;
import io.smartstore.devices.Recorder;
import io.smartstore.devices.card.CardSwipe;
import io.smartstore.devices.card.Luhn;
import io.smartstore.devices.card.MagneticStripeReaders;
import io.smartstore.devices.nfc.NfcReaders;
import io.smartstore.devices.nfc.TagRead;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The real serial path: jSerialComm reading socat pseudo-terminals, unplugged and plugged back. */
class SerialDeviceTest {

    static final Reconnection FAST = new Reconnection(Duration.ofMillis(20), Duration.ofMillis(200), Duration.ofMillis(50));

    @TempDir
    Path dir;
    final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable closeable : opened.reversed()) {
            closeable.close();
        }
    }

    @Test
    void aSwipeOnTheLineIsACardAndNoiseIsReportedAndSkipped() throws Exception {
        SocatPair pair = plugIn();
        Recorder<CardSwipe> cards = startCardReader();

        pair.send(new byte[]{(byte) 0xff, 0x13, (byte) 0x80, 'x', '\r', '\n'}); // a wrong baud rate looks like this
        pair.send(swipe("6280001234567895"));
        pair.send("%E?;E?\r\n");

        await().until(() -> cards.data.size() == 1 && cards.errors.size() == 2);
        assertThat(cards.data.getFirst().number().digits()).isEqualTo("6280001234567895");
    }

    @Test
    void aBurstOfSwipesIsReadWhole() throws Exception {
        SocatPair pair = plugIn();
        Recorder<CardSwipe> cards = startCardReader();
        List<String> pans = new ArrayList<>();
        StringBuilder burst = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            String body = "62800010%07d".formatted(i);
            String pan = body + Luhn.checkDigit(body);
            pans.add(pan);
            burst.append(swipe(pan));
        }
        pair.send(burst.toString());

        await().until(() -> cards.data.size() == 50);
        assertThat(cards.data).extracting(card -> card.number().digits()).containsExactlyElementsOf(pans);
    }

    @Test
    void aFrameSplitAcrossManyWritesIsOneRead() throws Exception {
        SocatPair pair = plugIn();
        Recorder<CardSwipe> cards = startCardReader();
        for (char c : swipe("6280001234567895").toCharArray()) {
            pair.send(String.valueOf(c));
            Thread.sleep(ThreadLocalRandom.current().nextInt(3));
        }
        await().until(() -> cards.data.size() == 1);
        assertThat(cards.errors).isEmpty();
    }

    @ParameterizedTest(name = "unplugged with {0}")
    @ValueSource(strings = {"SIGTERM", "SIGKILL"})
    void aReaderUnpluggedAndPluggedBackReadsAgain(String signal) throws Exception {
        SocatPair pair = plugIn();
        Recorder<CardSwipe> cards = startCardReader();
        await().until(() -> cards.statuses.contains(ConnectionStatus.CONNECTED));

        pair.stop(signal.equals("SIGKILL"));
        await().until(() -> cards.statuses.getLast() == ConnectionStatus.RECONNECTING);

        SocatPair back = plugIn();
        await().until(() -> cards.statuses.getLast() == ConnectionStatus.CONNECTED);
        back.send(swipe("6280001234567895"));
        await().until(() -> cards.data.size() == 1);
    }

    @Test
    void aReaderPluggedInAfterTheAppStartedIsPickedUp() throws Exception {
        Recorder<CardSwipe> cards = startCardReader();
        await().until(() -> cards.statuses.contains(ConnectionStatus.RECONNECTING));
        SocatPair pair = plugIn();
        await().until(() -> cards.statuses.getLast() == ConnectionStatus.CONNECTED);
        pair.send(swipe("6280001234567895"));
        await().until(() -> cards.data.size() == 1);
    }

    @Test
    void aHundredReplugsLeakNoThreadAndNoFileDescriptor() throws Exception {
        Recorder<CardSwipe> cards = startCardReader();
        SocatPair warmUp = plugIn();
        await().until(() -> cards.statuses.getLast() == ConnectionStatus.CONNECTED);
        warmUp.stop(false);
        await().until(() -> cards.statuses.getLast() == ConnectionStatus.RECONNECTING);
        int threadsBefore = Thread.activeCount();
        long descriptorsBefore = openDescriptors();

        for (int cycle = 0; cycle < 100; cycle++) {
            SocatPair pair = SocatPair.start(dir.resolve("reader"), dir.resolve("host"));
            promptly().until(() -> cards.statuses.getLast() == ConnectionStatus.CONNECTED);
            pair.stop(cycle % 2 == 1);
            promptly().until(() -> cards.statuses.getLast() == ConnectionStatus.RECONNECTING);
        }

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(Thread.activeCount()).isLessThanOrEqualTo(threadsBefore + 2);
            assertThat(openDescriptors()).isLessThanOrEqualTo(descriptorsBefore + 4);
        });
    }

    @Test
    void aPortIsHeldByOneReaderAtATime() throws Exception {
        plugIn();
        startCardReader();
        Device<CardSwipe> second = MagneticStripeReaders.serial("second-reader", SerialSettings.of(dir.resolve("reader").toString()), FAST);
        opened.add(second);
        second.open();
        assertThatThrownBy(second::claim).isInstanceOf(IllegalStateException.class).hasMessageContaining("already held");
    }

    @Test
    void aPortAnotherProgramHoldsIsNotTaken() throws Exception {
        plugIn();
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Dfazecast.jSerialComm.appid=smartstore-other",
                "-cp", System.getProperty("java.class.path"), HoldPort.class.getName(), dir.resolve("reader").toString())
                .redirectErrorStream(true).start();
        try {
            String first = new java.io.BufferedReader(new java.io.InputStreamReader(other.getInputStream())).readLine();
            assertThat(first).isEqualTo("held");
            Device<CardSwipe> reader = MagneticStripeReaders.serial("card-reader", SerialSettings.of(dir.resolve("reader").toString()), FAST);
            opened.add(reader);
            reader.open();
            assertThatThrownBy(reader::claim).isInstanceOf(IllegalStateException.class).hasMessageContaining("another program");
        } finally {
            other.destroyForcibly().waitFor();
        }
    }

    @Test
    void anEm4100ReaderOnTheLineReportsEachTagOnce() throws Exception {
        SocatPair pair = plugIn();
        Device<TagRead> reader = NfcReaders.em4100("rfid-reader", SerialSettings.of(dir.resolve("reader").toString()), FAST);
        Recorder<TagRead> tags = new Recorder<>();
        reader.addListener(tags);
        opened.add(reader);
        reader.start();
        for (int i = 0; i < 5; i++) {
            pair.send("\u00020A1B2C3D4E" + "4E" + "\r\n\u0003"); // 0A^1B^2C^3D^4E = 4E
        }
        pair.send("\u00021122334455" + "11" + "\r\n\u0003"); // another tag: 11^22^33^44^55 = 11
        // frames are read in order: once the second tag is in, any repeat of the first would be too
        await().until(() -> tags.data.size() >= 2);
        assertThat(tags.data).extracting(tag -> tag.uid().hex()).containsExactly("0A1B2C3D4E", "1122334455");
    }

    /** Awaitility polling every few milliseconds from the start (its default waits 100 ms before the first look). */
    private static org.awaitility.core.ConditionFactory promptly() {
        return await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5));
    }

    private SocatPair plugIn() throws IOException, InterruptedException {
        SocatPair pair = SocatPair.start(dir.resolve("reader"), dir.resolve("host"));
        opened.add(pair);
        return pair;
    }

    private Recorder<CardSwipe> startCardReader() {
        Device<CardSwipe> reader = MagneticStripeReaders.serial("card-reader", SerialSettings.of(dir.resolve("reader").toString()), FAST);
        Recorder<CardSwipe> recorder = new Recorder<>();
        reader.addListener(recorder);
        opened.add(reader);
        reader.start();
        return recorder;
    }

    private static String swipe(String pan) {
        return "%B" + pan + "^MARTIN/CAMILLE^2812101000000000000?;" + pan + "=28121010000000000000?\r\n";
    }

    private static long openDescriptors() throws IOException {
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }
}
