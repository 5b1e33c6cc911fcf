package io.smartstore.devices.camera;

import io.smartstore.devices.AbstractDevice;
import io.smartstore.devices.ConnectionStatus;
import io.smartstore.devices.DeviceError;
import io.smartstore.devices.scanner.Scan;
import io.smartstore.devices.scanner.Symbology;
import io.smartstore.devices.serial.Reconnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Optional;

/**
 * The kiosk camera as a QR reader: frames from a {@link FrameSource}, decoded on the
 * device's own thread. A code held in front of the camera is in many consecutive frames:
 * it is reported once, and again only after {@code absentFrames} frames without it.
 * When the source ends or fails (camera unplugged), a new one is opened with growing delays.
 */
public final class CameraQrReader extends AbstractDevice<Scan> {

    private static final Logger log = LoggerFactory.getLogger(CameraQrReader.class);
    private final Opener opener;
    private final Reconnection reconnection;
    private final int absentFrames;
    private final QrFrameDecoder decoder = new QrFrameDecoder();
    private volatile Thread worker;

    /** Opens the frame source, each time the camera is (re)connected. */
    @FunctionalInterface
    public interface Opener {
        FrameSource open() throws IOException;
    }

    public CameraQrReader(String name, Opener opener, Reconnection reconnection, int absentFrames) {
        super(name);
        this.opener = opener;
        this.reconnection = reconnection;
        this.absentFrames = absentFrames;
    }

    @Override
    protected void acquire() {
        Thread thread = Thread.ofPlatform().daemon().name(name() + "-frames").unstarted(this::run);
        worker = thread; // before it starts: the loop runs while it is the worker
        thread.start();
    }

    @Override
    protected void relinquish() {
        Thread stopping = worker;
        worker = null;
        if (stopping != null) {
            stopping.interrupt();
            try {
                stopping.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        int failures = 0;
        while (worker == Thread.currentThread()) {
            try (FrameSource source = opener.open()) {
                if (readFrames(source) > 0) {
                    failures = 0;
                } else if (worker == Thread.currentThread()) {
                    reportError(new DeviceError("camera_failed", "the camera gave no picture", null, true));
                }
            } catch (IOException | RuntimeException e) {
                reportError(new DeviceError("camera_failed", "the camera stopped: " + e.getClass().getSimpleName(), e, true));
                log.debug("{}: {}", name(), e.getMessage());
            }
            if (worker != Thread.currentThread()) {
                return;
            }
            reportStatus(ConnectionStatus.RECONNECTING);
            try {
                Thread.sleep(reconnection.after(failures++).toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Reads until the source ends; returns how many frames it gave. */
    private long readFrames(FrameSource source) throws IOException {
        String present = null;
        int missing = 0;
        long frames = 0;
        Optional<GrayFrame> frame;
        while (worker == Thread.currentThread() && (frame = source.next()).isPresent()) {
            if (frames++ == 0) {
                reportStatus(ConnectionStatus.CONNECTED);
            }
            Optional<String> text = decoder.decode(frame.get());
            if (text.isPresent()) {
                missing = 0;
                if (!text.get().equals(present)) {
                    present = text.get();
                    deliver(new Scan(present, Symbology.QR_CODE));
                }
            } else if (present != null && ++missing >= absentFrames) {
                present = null;
            }
        }
        return frames;
    }
}
