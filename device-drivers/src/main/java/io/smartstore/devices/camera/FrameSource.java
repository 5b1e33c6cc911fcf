package io.smartstore.devices.camera;

import java.io.IOException;
import java.util.Optional;

/** Where frames come from: a camera, a video, a test. {@link #next()} blocks until a frame is there. */
public interface FrameSource extends AutoCloseable {

    /** The next frame, or empty when the source has ended (a file read to its end, a camera unplugged). */
    Optional<GrayFrame> next() throws IOException;

    @Override
    void close();
}
