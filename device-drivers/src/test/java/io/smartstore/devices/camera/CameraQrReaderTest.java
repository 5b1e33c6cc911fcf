package io.smartstore.devices.camera;

import io.smartstore.devices.ConnectionStatus;
import io.smartstore.devices.Recorder;
import io.smartstore.devices.scanner.Scan;
import io.smartstore.devices.serial.Reconnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The camera path with a real ffmpeg making the frames from images, as it would from a V4L2 camera. */
class CameraQrReaderTest {

    static final String A = "SS1.first-customer-token-0123456789";
    static final String B = "SS1.second-customer-token-9876543210";

    @TempDir
    Path dir;

    @Test
    void ffmpegTurnsAnImageIntoGrayFramesOfTheAskedSize() throws Exception {
        write(1, QrFrames.image(new QrFrames.Shot(A, 1920, 1080, 7, 10, 4, 90, 1)));
        try (FfmpegFrameSource source = FfmpegFrameSource.file(dir.resolve("frame-001.png").toString(), 1280, 720)) {
            Optional<GrayFrame> frame = source.next();
            assertThat(frame).hasValueSatisfying(f -> {
                assertThat(f.width()).isEqualTo(1280);
                assertThat(f.height()).isEqualTo(720);
                assertThat(new QrFrameDecoder().decode(f)).contains(A);
            });
            assertThat(source.next()).isEmpty();
        }
    }

    @Test
    void aCodeHeldBeforeTheCameraIsReportedOncePerPresentation() throws Exception {
        int n = 1;
        for (int i = 0; i < 6; i++) {
            write(n++, QrFrames.image(new QrFrames.Shot(A, 1280, 720, 5, i * 2, 6, 85, n)));
        }
        BufferedImage nothing = QrFrames.image(new QrFrames.Shot(A, 1280, 720, 0.01, 0, 6, 85, 0));
        for (int i = 0; i < 4; i++) {
            write(n++, nothing);
        }
        for (int i = 0; i < 3; i++) {
            write(n++, QrFrames.image(new QrFrames.Shot(A, 1280, 720, 5, 3, 6, 85, n)));
        }
        for (int i = 0; i < 3; i++) {
            write(n++, QrFrames.image(new QrFrames.Shot(B, 1280, 720, 5, -5, 6, 85, n)));
        }
        String frames = dir.resolve("frame-%03d.png").toString();
        CameraQrReader camera = new CameraQrReader("camera", () -> FfmpegFrameSource.file(frames, 1280, 720),
                new Reconnection(Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofSeconds(1)), 3);
        Recorder<Scan> scans = new Recorder<>();
        camera.addListener(scans);
        try (camera) {
            camera.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> scans.statuses.contains(ConnectionStatus.RECONNECTING));
        }
        assertThat(scans.data).extracting(Scan::text).containsExactly(A, A, B);
    }

    @Test
    void aCameraThatCannotOpenIsReportedAndRetried() {
        CameraQrReader camera = new CameraQrReader("camera", () -> FfmpegFrameSource.camera(dir.resolve("no-such-video0"), 640, 480, 15),
                new Reconnection(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofSeconds(1)), 3);
        Recorder<Scan> scans = new Recorder<>();
        camera.addListener(scans);
        try (camera) {
            camera.start();
            await().atMost(Duration.ofSeconds(20)).until(() -> scans.errors.size() >= 2);
        }
        assertThat(scans.statuses).contains(ConnectionStatus.RECONNECTING).doesNotContain(ConnectionStatus.CONNECTED);
        assertThat(scans.errors.getFirst().code()).isEqualTo("camera_failed");
        assertThat(scans.data).isEmpty();
        assertThat(camera.connection()).isEqualTo(ConnectionStatus.DISCONNECTED);
    }

    private void write(int number, BufferedImage image) throws Exception {
        ImageIO.write(image, "png", dir.resolve("frame-%03d.png".formatted(number)).toFile());
    }
}
