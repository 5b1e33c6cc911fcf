package io.smartstore.benchmarks;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import io.smartstore.devices.camera.GrayFrame;
import io.smartstore.devices.camera.QrFrameDecoder;
import io.smartstore.devices.camera.QrFrames;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;

/**
 * Time to decode one 1280×720 camera frame holding a token's QR code (5 pixels per module,
 * turned 15°, light noise, JPEG 75): our pipeline on the luminance plane against ZXing
 * the naive way (a BGR BufferedImage, BufferedImageLuminanceSource, MultiFormatReader,
 * default hints). Sample mode gives the median and p95.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class QrDecodeBenchmark {

    GrayFrame frame;
    BufferedImage bgr;
    final QrFrameDecoder ours = new QrFrameDecoder();

    @Setup
    public void makeFrame() {
        QrFrames.Shot shot = new QrFrames.Shot(QrBench.TOKEN, 1280, 720, 5, 15, 8, 75, 42);
        frame = QrFrames.frame(shot);
        bgr = QrBench.bgr(frame);
    }

    @Benchmark
    public Object ours() {
        return ours.decode(frame);
    }

    @Benchmark
    public Object naive() {
        try {
            return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(bgr))));
        } catch (NotFoundException e) {
            return null;
        }
    }
}
