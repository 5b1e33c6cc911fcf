package io.smartstore.devices.wedge;

import java.time.Duration;
import java.util.Optional;

/**
 * Tells a keyboard-wedge scanner from a person at a keyboard. A scanner "types" a whole
 * code in a burst — every key within {@code maxGap} of the previous one — and ends it
 * with Enter; people are slower and uneven. Feed it every key with the time it was
 * pressed (in milliseconds, from any one clock); it answers the scanned text when a burst
 * of at least {@code minLength} characters ends with Enter, and nothing otherwise.
 * Not thread-safe: one UI feeds one wedge.
 */
public final class KeyboardWedge {

    public static final String ENTER = "Enter";
    private final long maxGapMillis;
    private final int minLength;
    private final int maxLength;
    private final StringBuilder burst = new StringBuilder();
    private double lastKeyAt = Double.NEGATIVE_INFINITY;

    public KeyboardWedge(Duration maxGap, int minLength, int maxLength) {
        if (maxGap.isNegative() || maxGap.isZero() || minLength < 1 || maxLength < minLength) {
            throw new IllegalArgumentException("a wedge needs a positive gap and 1 ≤ minLength ≤ maxLength");
        }
        this.maxGapMillis = maxGap.toMillis();
        this.minLength = minLength;
        this.maxLength = maxLength;
    }

    /** 50 ms between keys at most, codes of 4 to 512 characters: what USB scanners in keyboard mode do. */
    public static KeyboardWedge standard() {
        return new KeyboardWedge(Duration.ofMillis(50), 4, 512);
    }

    /**
     * One key press: a single character, or a key name such as {@value #ENTER} or "Shift"
     * (names other than Enter are ignored, as a scanner's shift presses are).
     */
    public Optional<String> key(String key, double atMillis) {
        boolean inBurst = atMillis - lastKeyAt <= maxGapMillis;
        if (ENTER.equals(key)) {
            String scanned = burst.toString();
            boolean scan = inBurst && scanned.length() >= minLength;
            burst.setLength(0);
            lastKeyAt = Double.NEGATIVE_INFINITY;
            return scan ? Optional.of(scanned) : Optional.empty();
        }
        if (key.codePointCount(0, key.length()) != 1) {
            return Optional.empty();
        }
        if (!inBurst || burst.length() >= maxLength) {
            burst.setLength(0);
        }
        burst.append(key);
        lastKeyAt = atMillis;
        return Optional.empty();
    }
}
