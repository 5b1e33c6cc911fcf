package io.smartstore.devices.camera;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Photographs of real QR codes (ZXing's black-box suite, in {@code ../shared/corpora}):
 * our pipeline reads more than ZXing used the naive way, at least as many as zxing-cpp 3 (164 of 179, measured on
 * the same images by {@code ./smartstore bench camera}), and none wrongly.
 */
class CorpusTest {

    static final Path CORPUS = Path.of(System.getProperty("user.dir")).resolve("../../shared/corpora/zxing-qrcode-blackbox").normalize();

    record Sample(Path image, String expected) {
    }

    static List<Sample> samples() throws IOException {
        try (Stream<Path> files = Files.walk(CORPUS)) {
            return files.filter(path -> path.toString().matches(".*\\.(png|jpg|jpeg|gif)$")).sorted()
                    .map(path -> new Sample(path, expectedFor(path))).filter(sample -> sample.expected() != null).toList();
        }
    }

    /** What zxing-cpp 3 (zxing-wasm 3.1.8) reads of these images: docs/benchmarks.md, "The camera against zxing-cpp". */
    static final int ZXING_CPP_READS = 164;

    @Test
    void ourPipelineReadsMoreThanNaiveZxingAsManyAsZxingCppAndNothingWrong() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "the QR corpus is not at " + CORPUS + " (../shared/corpora): skipped");
        QrFrameDecoder ours = new QrFrameDecoder();
        int oursRight = 0;
        int oursWrong = 0;
        int naiveRight = 0;
        List<Sample> samples = samples();
        for (Sample sample : samples) {
            BufferedImage image = ImageIO.read(sample.image().toFile());
            Optional<String> read = ours.decode(QrFrames.toFrame(image));
            if (read.isPresent()) {
                oursRight += read.get().equals(sample.expected()) ? 1 : 0;
                if (!read.get().equals(sample.expected())) {
                    oursWrong++;
                    System.out.println("read wrongly: " + sample.image());
                }
            }
            naiveRight += naive(image).filter(sample.expected()::equals).isPresent() ? 1 : 0;
        }
        System.out.printf("QR corpus: ours %d right, %d wrong; naive %d right; of %d%n", oursRight, oursWrong, naiveRight, samples.size());
        assertThat(samples).hasSizeGreaterThan(100);
        assertThat(oursWrong).as("codes read wrongly").isZero();
        assertThat(oursRight).as("ours %d, naive %d of %d", oursRight, naiveRight, samples.size()).isGreaterThan(naiveRight)
                .isGreaterThanOrEqualTo(ZXING_CPP_READS);
    }

    /** ZXing used the naive way: a BufferedImage, MultiFormatReader, default hints. */
    static Optional<String> naive(BufferedImage image) {
        try {
            return Optional.of(new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)))).getText());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    static String expectedFor(Path image) {
        String name = image.getFileName().toString();
        Path text = image.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".txt");
        try {
            return Files.exists(text) ? Files.readString(text, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
