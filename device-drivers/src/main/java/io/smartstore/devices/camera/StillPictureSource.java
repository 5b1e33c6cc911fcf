package io.smartstore.devices.camera;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Optional;

/**
 * A picture held before the camera, for demos and tests on machines without one: the
 * image file is turned into a gray frame by ffmpeg, and that frame is given again at
 * the camera's rate; replace the file and the "camera" sees the new picture.
 */
public final class StillPictureSource implements FrameSource {

    private final Path image;
    private final int width;
    private final int height;
    private final long intervalNanos;
    private long nextAt = System.nanoTime();
    private FileTime seen;
    private GrayFrame current;

    public StillPictureSource(Path image, int width, int height, int framesPerSecond) {
        this.image = image;
        this.width = width;
        this.height = height;
        this.intervalNanos = Duration.ofSeconds(1).toNanos() / Math.max(1, framesPerSecond);
    }

    @Override
    public Optional<GrayFrame> next() throws IOException {
        long wait = nextAt - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(Duration.ofNanos(wait));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        nextAt = Math.max(nextAt + intervalNanos, System.nanoTime());
        FileTime modified = Files.getLastModifiedTime(image); // gone: the "camera" is unplugged
        if (!modified.equals(seen)) {
            try (FfmpegFrameSource decoder = FfmpegFrameSource.file(image.toString(), width, height)) {
                current = decoder.next().orElseThrow(() -> new IOException("ffmpeg could not read " + image.getFileName()));
            }
            seen = modified;
        }
        return Optional.of(current);
    }

    @Override
    public void close() {
        current = null;
    }
}
