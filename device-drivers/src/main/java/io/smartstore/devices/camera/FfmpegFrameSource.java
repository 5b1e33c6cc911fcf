package io.smartstore.devices.camera;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Raw gray frames from an {@code ffmpeg} subprocess (Debian's ffmpeg): a V4L2 camera, or
 * any file ffmpeg reads (images, image sequences, videos), scaled to {@code width × height}
 * and written to its stdout as 8-bit luminance, one frame after another.
 */
public final class FfmpegFrameSource implements FrameSource {

    private final Process ffmpeg;
    private final InputStream frames;
    private final int width;
    private final int height;

    private FfmpegFrameSource(List<String> input, String filter, int width, int height) throws IOException {
        if (width < 16 || height < 16 || width > 7680 || height > 4320) {
            throw new IllegalArgumentException("frame size out of range: " + width + "×" + height);
        }
        this.width = width;
        this.height = height;
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error"));
        command.addAll(input);
        command.addAll(List.of("-vf", filter, "-f", "rawvideo", "-pix_fmt", "gray", "-"));
        this.ffmpeg = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        this.frames = ffmpeg.getInputStream();
    }

    /** A V4L2 camera such as {@code /dev/video0} (prefer {@code /dev/v4l/by-id/…}). */
    public static FfmpegFrameSource camera(Path device, int width, int height, int framesPerSecond) throws IOException {
        return new FfmpegFrameSource(List.of("-f", "v4l2", "-framerate", String.valueOf(framesPerSecond),
                "-video_size", width + "x" + height, "-i", device.toString()), "scale=" + width + ":" + height, width, height);
    }

    /**
     * Anything ffmpeg reads: an image, a pattern such as {@code frame-%03d.png}, a video;
     * fitted into the frame with its proportions kept (grey bars), as a camera would see it.
     */
    public static FfmpegFrameSource file(String input, int width, int height) throws IOException {
        String fit = "scale=" + width + ":" + height + ":force_original_aspect_ratio=decrease,"
                + "pad=" + width + ":" + height + ":(ow-iw)/2:(oh-ih)/2:color=gray";
        return new FfmpegFrameSource(List.of("-i", input), fit, width, height);
    }

    @Override
    public Optional<GrayFrame> next() throws IOException {
        byte[] luminance = frames.readNBytes(width * height);
        if (luminance.length < width * height) {
            return Optional.empty();
        }
        return Optional.of(new GrayFrame(width, height, luminance));
    }

    @Override
    public void close() {
        ffmpeg.destroy();
        try {
            if (!ffmpeg.waitFor(2, TimeUnit.SECONDS)) {
                ffmpeg.destroyForcibly().waitFor();
            }
            frames.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException ignored) {
            // the process is gone; so is its pipe
        }
    }
}
