package io.smartstore.devices.serial;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a byte stream into lines ending in CR and/or LF, whatever the chunks it arrives in.
 * A line longer than the bound is dropped whole (and counted) rather than grown without end.
 * Not thread-safe: one reader thread feeds it.
 */
public final class LineFramer {

    private final byte[] buffer;
    private int length;
    private boolean overflowing;
    private long droppedLines;

    public LineFramer(int maxLineLength) {
        this.buffer = new byte[maxLineLength];
    }

    /** Adds bytes; returns the complete, non-empty lines they finished (as ISO-8859-1 text). */
    public List<String> feed(byte[] data) {
        List<String> lines = new ArrayList<>(1);
        for (byte b : data) {
            if (b == '\r' || b == '\n') {
                if (overflowing) {
                    overflowing = false;
                    droppedLines++;
                } else if (length > 0) {
                    lines.add(new String(buffer, 0, length, StandardCharsets.ISO_8859_1));
                }
                length = 0;
            } else if (length == buffer.length) {
                overflowing = true;
                length = 0;
            } else if (!overflowing) {
                buffer[length++] = b;
            }
        }
        return lines;
    }

    /** Forgets a partial line. */
    public void reset() {
        length = 0;
        overflowing = false;
    }

    /** Lines dropped because they were longer than the bound. */
    public long droppedLines() {
        return droppedLines;
    }
}
