package io.smartstore.devices.nfc;

import io.smartstore.devices.Recorder;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class NfcDecodersTest {

    final AtomicLong clock = new AtomicLong();

    /** An EM4100 frame as 125 kHz readers send it: STX, ID, XOR checksum, CR LF, ETX. */
    static byte[] em4100(String id) {
        byte[] bytes = HexFormat.of().parseHex(id);
        byte xor = 0;
        for (byte b : bytes) {
            xor ^= b;
        }
        return ("\u0002" + id + HexFormat.of().withUpperCase().toHexDigits(xor) + "\r\n\u0003").getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void anEm4100TagHeldOnTheReaderIsReportedOnce() {
        Recorder<TagRead> recorder = new Recorder<>();
        Em4100Decoder decoder = new Em4100Decoder(Duration.ofMillis(500), clock::get);
        for (int i = 0; i < 10; i++) {
            decoder.decode(em4100("0A1B2C3D4E"), recorder);
            clock.addAndGet(100_000_000); // a frame every 100 ms
        }
        assertThat(recorder.data).containsExactly(new TagRead(new TagUid("0A1B2C3D4E")));

        clock.addAndGet(1_000_000_000); // taken away, presented again
        decoder.decode(em4100("0A1B2C3D4E"), recorder);
        assertThat(recorder.data).hasSize(2);
    }

    @Test
    void aWrongChecksumOrLengthIsAnError() {
        Recorder<TagRead> recorder = new Recorder<>();
        Em4100Decoder decoder = new Em4100Decoder();
        decoder.decode("\u00020A1B2C3D4E00\u0003".getBytes(StandardCharsets.ISO_8859_1), recorder);
        decoder.decode("\u00020A1B2C\u0003".getBytes(StandardCharsets.ISO_8859_1), recorder);
        decoder.decode("\u00020A1B2C3D4EZZ\u0003".getBytes(StandardCharsets.ISO_8859_1), recorder);
        assertThat(recorder.data).isEmpty();
        assertThat(recorder.errors).hasSize(3);
    }

    @Test
    void textReadersAreNormalisedWhateverTheirStyle() {
        Recorder<TagRead> recorder = new Recorder<>();
        TextUidDecoder decoder = new TextUidDecoder(Duration.ZERO, clock::get);
        decoder.decode("04:a2:1b:3c:4d:5e:80\r\n04 A2 1B 3C 4D 5E 80\n04-a2-1b-3c\r\nnot a uid\r\n".getBytes(StandardCharsets.US_ASCII), recorder);
        assertThat(recorder.data).extracting(tag -> tag.uid().hex()).containsExactly("04A21B3C4D5E80", "04A21B3C4D5E80", "04A21B3C");
        assertThat(recorder.errors).hasSize(1);
        assertThat(new TagUid("04A21B3C4D5E80").toString()).doesNotContain("04A21B");
    }

    @Property
    void em4100FramesSurviveNoiseAndAnyChunking(@ForAll @Size(max = 300) byte[] noise, @ForAll @IntRange(min = 1, max = 20) int chunk) {
        byte[] cleanNoise = new byte[noise.length];
        for (int i = 0; i < noise.length; i++) {
            cleanNoise[i] = noise[i] == 0x02 || noise[i] == 0x03 ? 0x20 : noise[i]; // noise outside frames
        }
        byte[] first = em4100("0102030405");
        byte[] second = em4100("A0B0C0D0E0");
        byte[] stream = concat(cleanNoise, first, cleanNoise, second);

        Recorder<TagRead> recorder = new Recorder<>();
        Em4100Decoder decoder = new Em4100Decoder(Duration.ZERO, clock::get);
        for (int i = 0; i < stream.length; i += chunk) {
            decoder.decode(Arrays.copyOfRange(stream, i, Math.min(stream.length, i + chunk)), recorder);
        }
        assertThat(recorder.data).extracting(tag -> tag.uid().hex()).containsExactly("0102030405", "A0B0C0D0E0");
    }

    @Property
    void randomBytesNeverBecomeATagWithoutAValidFrame(@ForAll @Size(max = 1000) byte[] noise) {
        Recorder<TagRead> recorder = new Recorder<>();
        new Em4100Decoder().decode(noise, recorder);
        recorder.data.forEach(tag -> assertThat(new String(noise, StandardCharsets.ISO_8859_1).toUpperCase()).contains(tag.uid().hex()));
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
