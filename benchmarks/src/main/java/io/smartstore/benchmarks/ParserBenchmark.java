package io.smartstore.benchmarks;

import io.smartstore.devices.FrameDecoder;
import io.smartstore.devices.DeviceError;
import io.smartstore.devices.card.MagstripeDecoder;
import io.smartstore.devices.card.TrackDataParser;
import io.smartstore.devices.nfc.Em4100Decoder;
import io.smartstore.devices.scanner.ScannerDecoder;
import io.smartstore.devices.scanner.ScannerSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** How many frames per second each parser turns into events (one frame per operation). */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ParserBenchmark {

    static final String SWIPE = "%B6280001234567895^MARTIN/CAMILLE^2812101000000000000?;6280001234567895=28121010000000000000?\r\n";
    final byte[] swipe = SWIPE.getBytes(StandardCharsets.ISO_8859_1);
    final byte[] em4100 = "\u00020A1B2C3D4E4E\r\n\u0003".getBytes(StandardCharsets.ISO_8859_1);
    final byte[] scan = "]Q1SS1.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdEfGhIjKl\r\n".getBytes(StandardCharsets.ISO_8859_1);
    final TrackDataParser parser = new TrackDataParser();
    final MagstripeDecoder magstripe = new MagstripeDecoder(Duration.ZERO, System::nanoTime);
    final Em4100Decoder rfid = new Em4100Decoder(Duration.ZERO, System::nanoTime);
    final ScannerDecoder scanner = new ScannerDecoder(ScannerSettings.DEFAULT.withSuffix("\r\n").withAimIdentifier(true));

    @Benchmark
    public Object trackDataLine() {
        return parser.parse(SWIPE.substring(0, SWIPE.length() - 2));
    }

    @Benchmark
    public void magstripeBytes(Blackhole hole) {
        magstripe.decode(swipe, sink(hole));
    }

    @Benchmark
    public void em4100Bytes(Blackhole hole) {
        rfid.decode(em4100, sink(hole));
    }

    @Benchmark
    public void scannerBytes(Blackhole hole) {
        scanner.decode(scan, sink(hole));
    }

    private static <T> FrameDecoder.Sink<T> sink(Blackhole hole) {
        return new FrameDecoder.Sink<>() {
            @Override
            public void frame(T data) {
                hole.consume(data);
            }

            @Override
            public void error(DeviceError error) {
                hole.consume(error);
            }
        };
    }
}
