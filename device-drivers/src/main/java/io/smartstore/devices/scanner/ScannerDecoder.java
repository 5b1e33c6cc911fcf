package io.smartstore.devices.scanner;

import io.smartstore.devices.DeviceError;
import io.smartstore.devices.FrameDecoder;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * A serial code scanner's byte stream: each scan ends with the configured suffix; the
 * prefix (if any) is removed, the AIM identifier (if configured) read, and the data
 * decoded in the configured charset. Malformed text, a missing prefix or identifier and
 * oversize scans are errors; the next scan is read normally.
 */
public final class ScannerDecoder implements FrameDecoder<Scan> {

    private final ScannerSettings settings;
    private final byte[] prefix;
    private final byte[] suffix;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private boolean overflowing;

    public ScannerDecoder(ScannerSettings settings) {
        this.settings = settings;
        this.prefix = settings.prefix().getBytes(settings.charset());
        this.suffix = settings.suffix().getBytes(settings.charset());
    }

    @Override
    public void decode(byte[] chunk, Sink<Scan> sink) {
        for (byte b : chunk) {
            if (!overflowing) {
                buffer.write(b);
            }
            if (endsWithSuffix(b)) {
                if (overflowing) {
                    sink.error(DeviceError.oversize(settings.maxLength()));
                } else {
                    byte[] frame = buffer.toByteArray();
                    complete(Arrays.copyOf(frame, frame.length - suffix.length), sink);
                }
                buffer.reset();
                overflowing = false;
                tail = 0;
            } else if (buffer.size() > settings.maxLength() + prefix.length + suffix.length) {
                overflowing = true;
                buffer.reset();
            }
        }
    }

    private int tail; // how many bytes of the suffix the stream has just matched

    private boolean endsWithSuffix(byte b) {
        if (b == suffix[tail]) {
            tail++;
        } else {
            tail = b == suffix[0] ? 1 : 0;
        }
        if (tail == suffix.length) {
            tail = 0;
            return true;
        }
        return false;
    }

    private void complete(byte[] frame, Sink<Scan> sink) {
        if (frame.length == 0) {
            return; // a bare suffix: some scanners send CR LF and the LF is its own empty scan
        }
        if (!startsWith(frame, prefix)) {
            sink.error(DeviceError.garbage("a scan without the configured prefix"));
            return;
        }
        String text;
        try {
            text = settings.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(frame, prefix.length, frame.length - prefix.length)).toString();
        } catch (CharacterCodingException e) {
            sink.error(new DeviceError("bad_charset", "a scan that is not valid " + settings.charset().name(), e, true));
            return;
        }
        Symbology symbology = Symbology.UNKNOWN;
        if (settings.aimIdentifier()) {
            if (text.length() < 3 || text.charAt(0) != ']') {
                sink.error(DeviceError.garbage("a scan without its AIM symbology identifier"));
                return;
            }
            symbology = Symbology.ofAimCode(text.charAt(1));
            text = text.substring(3);
        }
        if (text.isEmpty() || text.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
            sink.error(DeviceError.garbage("a scan with control characters or nothing in it"));
            return;
        }
        sink.frame(new Scan(text, symbology));
    }

    private static boolean startsWith(byte[] frame, byte[] start) {
        return frame.length >= start.length && Arrays.equals(frame, 0, start.length, start, 0, start.length);
    }

    @Override
    public void reset() {
        buffer.reset();
        overflowing = false;
        tail = 0;
    }
}
