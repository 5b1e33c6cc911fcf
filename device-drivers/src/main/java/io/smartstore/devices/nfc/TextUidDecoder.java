package io.smartstore.devices.nfc;

import io.smartstore.devices.DeviceError;
import io.smartstore.devices.FrameDecoder;
import io.smartstore.devices.serial.LineFramer;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The common text NFC readers: one UID per line, ending in CR and/or LF, in hex (any case,
 * with or without {@code :}, space or {@code -} between bytes), byte-reversed hex or decimal
 * as the reader's {@link UidFormat} says; reported in the canonical hex. A tag held on the
 * reader is reported once per arrival.
 */
public final class TextUidDecoder implements FrameDecoder<TagRead> {

    private static final int MAX_LINE = 64;
    private final LineFramer framer = new LineFramer(MAX_LINE);
    private final PresenceFilter presence;
    private final UidFormat format;

    public TextUidDecoder() {
        this(UidFormat.HEX);
    }

    public TextUidDecoder(UidFormat format) {
        this(format, Duration.ofMillis(600), System::nanoTime);
    }

    public TextUidDecoder(Duration absence, LongSupplier nanoTime) {
        this(UidFormat.HEX, absence, nanoTime);
    }

    public TextUidDecoder(UidFormat format, Duration absence, LongSupplier nanoTime) {
        this.format = format;
        this.presence = new PresenceFilter(absence, nanoTime);
    }

    @Override
    public void decode(byte[] chunk, Sink<TagRead> sink) {
        long droppedBefore = framer.droppedLines();
        for (String line : framer.feed(chunk)) {
            TagUid uid;
            try {
                uid = format.canonical(line);
            } catch (IllegalArgumentException notAUid) {
                sink.error(DeviceError.badRead("not a tag UID"));
                continue;
            }
            if (presence.arrived(uid)) {
                sink.frame(new TagRead(uid));
            }
        }
        if (framer.droppedLines() > droppedBefore) {
            sink.error(DeviceError.oversize(MAX_LINE));
        }
    }

    @Override
    public void reset() {
        framer.reset();
    }
}
