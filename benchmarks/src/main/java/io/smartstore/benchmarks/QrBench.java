package io.smartstore.benchmarks;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import io.smartstore.devices.camera.GrayFrame;
import io.smartstore.devices.camera.QrFrameDecoder;
import io.smartstore.devices.camera.QrFrames;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Success rates of our QR pipeline against ZXing the naive way, on the same frames in the
 * same run: generated 1280×720 frames by size in pixels per module, then the ZXing
 * black-box photographs. Also the time per generated frame (median, p95).
 * Run: {@code ./smartstore bench}.
 */
public final class QrBench {

    static final String TOKEN = "SS1.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdEfGhIjKlMnOpQrStU";

    public static void main(String[] args) throws IOException {
        QrFrameDecoder ours = new QrFrameDecoder();
        System.out.println("Generated 1280x720 frames (6 turns x 3 noise levels x 3 JPEG qualities x 2 codes):");
        System.out.println("| px/module | frames | ours read | naive read | ours/naive | wrong (ours, naive) | ours ms median / p95 | naive ms median / p95 |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (double ppm : new double[]{2.0, 2.5, 3.0, 3.5, 4.0, 5.0, 6.0, 8.0}) {
            List<QrFrames.Shot> shots = new ArrayList<>(QrFrames.variations(TOKEN, ppm, 0));
            shots.addAll(QrFrames.variations(TOKEN.toLowerCase(Locale.ROOT), ppm, 1000));
            Tally tally = new Tally();
            for (QrFrames.Shot shot : shots) {
                GrayFrame frame = QrFrames.frame(shot);
                tally.add(shot.text(), frame, bgr(frame), ours);
            }
            System.out.printf(Locale.ROOT, "| %.1f | %d | %d (%.1f%%) | %d (%.1f%%) | %.2f | %d, %d | %.1f / %.1f | %.1f / %.1f |%n",
                    ppm, shots.size(), tally.ours, 100.0 * tally.ours / shots.size(), tally.naive,
                    100.0 * tally.naive / shots.size(), (double) tally.ours / Math.max(1, tally.naive), tally.oursWrong,
                    tally.naiveWrong, Percentiles.of(tally.oursMillis, 50), Percentiles.of(tally.oursMillis, 95),
                    Percentiles.of(tally.naiveMillis, 50), Percentiles.of(tally.naiveMillis, 95));
        }
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpora/zxing-qrcode-blackbox");
        if (!Files.isDirectory(corpus)) {
            System.out.println("(corpus not found at " + corpus + ": skipped)");
            return;
        }
        Tally tally = new Tally();
        int images = 0;
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path image : files.filter(p -> p.toString().matches(".*\\.(png|jpg|jpeg|gif)$")).sorted().toList()) {
                String expected = expected(image);
                if (expected == null) {
                    continue;
                }
                BufferedImage picture = ImageIO.read(image.toFile());
                images++;
                tally.add(expected, QrFrames.toFrame(picture), picture, ours);
            }
        }
        System.out.printf(Locale.ROOT, "%nZXing black-box photographs: %d images; ours %d right (%d wrong), naive %d right (%d wrong); ratio %.3f%n",
                images, tally.ours, tally.oursWrong, tally.naive, tally.naiveWrong, (double) tally.ours / tally.naive);
    }

    /** The frame as a camera library would hand it to the naive way: a BGR BufferedImage. */
    static BufferedImage bgr(GrayFrame frame) {
        BufferedImage image = new BufferedImage(frame.width(), frame.height(), BufferedImage.TYPE_3BYTE_BGR);
        byte[] luminance = frame.luminance();
        int[] row = new int[frame.width()];
        for (int y = 0; y < frame.height(); y++) {
            for (int x = 0; x < frame.width(); x++) {
                int v = luminance[y * frame.width() + x] & 0xff;
                row[x] = v << 16 | v << 8 | v;
            }
            image.setRGB(0, y, frame.width(), 1, row, 0, frame.width());
        }
        return image;
    }

    static Optional<String> naive(BufferedImage image) {
        try {
            return Optional.of(new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)))).getText());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static String expected(Path image) throws IOException {
        String name = image.getFileName().toString();
        Path text = image.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".txt");
        return Files.exists(text) ? Files.readString(text, StandardCharsets.UTF_8) : null;
    }

    private static final class Tally {
        int ours;
        int oursWrong;
        int naive;
        int naiveWrong;
        final List<Double> oursMillis = new ArrayList<>();
        final List<Double> naiveMillis = new ArrayList<>();

        void add(String expected, GrayFrame frame, BufferedImage image, QrFrameDecoder decoder) {
            long start = System.nanoTime();
            Optional<String> read = decoder.decode(frame);
            long middle = System.nanoTime();
            Optional<String> naiveRead = naive(image);
            long end = System.nanoTime();
            oursMillis.add((middle - start) / 1e6);
            naiveMillis.add((end - middle) / 1e6);
            if (read.isPresent()) {
                ours += read.get().equals(expected) ? 1 : 0;
                oursWrong += read.get().equals(expected) ? 0 : 1;
            }
            if (naiveRead.isPresent()) {
                naive += naiveRead.get().equals(expected) ? 1 : 0;
                naiveWrong += naiveRead.get().equals(expected) ? 0 : 1;
            }
        }
    }

}
