package io.smartstore.devices.nfc;

import io.smartstore.devices.DeviceError;
import io.smartstore.devices.FrameDecoder;

import java.time.Duration;
import java.util.HexFormat;
import java.util.function.LongSupplier;

/**
 * The 125 kHz EM4100 reader frame: STX (0x02), ten hex digits of ID, two hex digits of
 * XOR checksum over the five ID bytes, optional CR/LF, ETX (0x03). Frames repeat while
 * the tag stays in the field; a tag is reported once per arrival. A frame with a wrong
 * checksum or length is an error; bytes outside a frame are noise and are skipped.
 */
public final class Em4100Decoder implements FrameDecoder<TagRead> {

    private static final byte STX = 0x02;
    private static final byte ETX = 0x03;
    private static final int MAX_FRAME = 16;
    private final byte[] frame = new byte[MAX_FRAME];
    private final PresenceFilter presence;
    private int length = -1; // -1: outside a frame

    public Em4100Decoder() {
        this(Duration.ofMillis(600), System::nanoTime);
    }

    public Em4100Decoder(Duration absence, LongSupplier nanoTime) {
        this.presence = new PresenceFilter(absence, nanoTime);
    }

    @Override
    public void decode(byte[] chunk, Sink<TagRead> sink) {
        for (byte b : chunk) {
            if (b == STX) {
                if (length > 0) {
                    sink.error(DeviceError.badRead("an EM4100 frame was cut short"));
                }
                length = 0;
            } else if (b == ETX && length >= 0) {
                complete(sink);
                length = -1;
            } else if (length >= 0) {
                if (length == MAX_FRAME) {
                    sink.error(DeviceError.oversize(MAX_FRAME));
                    length = -1;
                } else if (b != '\r' && b != '\n') {
                    frame[length++] = b;
                }
            }
        }
    }

    private void complete(Sink<TagRead> sink) {
        String text = new String(frame, 0, length, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (!text.matches("[0-9A-Fa-f]{12}")) {
            sink.error(DeviceError.badRead("an EM4100 frame is 10 hex digits of ID and 2 of checksum"));
            return;
        }
        byte[] bytes = HexFormat.of().parseHex(text);
        byte xor = 0;
        for (int i = 0; i < 5; i++) {
            xor ^= bytes[i];
        }
        if (xor != bytes[5]) {
            sink.error(DeviceError.badRead("an EM4100 frame failed its checksum"));
            return;
        }
        TagUid uid = TagUid.parse(text.substring(0, 10));
        if (presence.arrived(uid)) {
            sink.frame(new TagRead(uid));
        }
    }

    @Override
    public void reset() {
        length = -1;
    }
}
