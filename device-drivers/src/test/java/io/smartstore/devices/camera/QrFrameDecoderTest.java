package io.smartstore.devices.camera;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Our QR pipeline on generated camera frames: several sizes, turns, noise levels and JPEG qualities. */
class QrFrameDecoderTest {

    /** A customer token's text form is at most ~120 characters; ours are about 60. */
    static final String TOKEN = "SS1.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdEfGhIjKlMnOpQrStU";
    private final QrFrameDecoder decoder = new QrFrameDecoder();

    @Test
    void readsACodeInAnHdFrame() {
        GrayFrame frame = QrFrames.frame(new QrFrames.Shot(TOKEN, 1280, 720, 4, 0, 0, 100, 1));
        assertThat(decoder.decode(frame)).contains(TOKEN);
    }

    @Test
    void readsAtEveryFrameSize() {
        for (int[] size : new int[][]{{640, 480}, {1280, 720}, {1920, 1080}}) {
            GrayFrame frame = QrFrames.frame(new QrFrames.Shot(TOKEN, size[0], size[1], 4, 12, 6, 80, 2));
            assertThat(decoder.decode(frame)).as("%d×%d", size[0], size[1]).contains(TOKEN);
        }
    }

    @Test
    void noiseAndEmptyFramesAreNeverACode() {
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            byte[] noise = new byte[640 * 480];
            random.nextBytes(noise);
            assertThat(decoder.decode(new GrayFrame(640, 480, noise))).isEmpty();
        }
        assertThat(decoder.decode(new GrayFrame(640, 480, new byte[640 * 480]))).isEmpty();
    }

    /**
     * The smallest code the pipeline reads reliably: at {@value #RELIABLE_PPM} pixels per
     * module, at least 99% of frames across turns, noise and JPEG qualities are read, and
     * none wrongly. (docs/benchmarks.md has the figures for every size.)
     */
    static final double RELIABLE_PPM = 5.0;

    @Test
    void atFivePixelsPerModuleAtLeast99PercentOfFramesAreRead() {
        List<QrFrames.Shot> shots = variations(RELIABLE_PPM);
        int read = 0;
        for (QrFrames.Shot shot : shots) {
            var text = decoder.decode(QrFrames.frame(shot));
            text.ifPresent(value -> assertThat(value).isEqualTo(shot.text()));
            read += text.isPresent() ? 1 : 0;
        }
        assertThat((double) read / shots.size()).as("%d of %d frames read", read, shots.size()).isGreaterThanOrEqualTo(0.99);
    }

    static List<QrFrames.Shot> variations(double ppm) {
        List<QrFrames.Shot> shots = new ArrayList<>(QrFrames.variations(TOKEN, ppm, 0));
        shots.addAll(QrFrames.variations(TOKEN.toLowerCase(java.util.Locale.ROOT), ppm, 1000));
        return shots;
    }

    @Test
    void aDoubledFrameKeepsItsPixelsAndFillsBetweenThem() {
        GrayFrame frame = new GrayFrame(2, 1, new byte[]{0, (byte) 200});
        GrayFrame doubled = QrFrameDecoder.doubled(frame);
        assertThat(doubled.width()).isEqualTo(4);
        assertThat(doubled.height()).isEqualTo(2);
        int[] row = new int[4];
        for (int x = 0; x < 4; x++) {
            row[x] = doubled.luminance()[x] & 0xff;
        }
        assertThat(row).containsExactly(0, 50, 150, 200);
        assertThat(doubled.luminance()[4] & 0xff).as("the second row repeats the only one").isZero();
    }
}
