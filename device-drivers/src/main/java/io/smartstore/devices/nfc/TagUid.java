package io.smartstore.devices.nfc;

import java.util.Locale;

/**
 * An NFC/RFID tag's UID in its one normal form: upper-case hex, no separators, 4 to 10
 * bytes (EM4100's 5-byte IDs included). {@link #toString()} masks it: UIDs identify
 * customers and may not reach a log.
 */
public record TagUid(String hex) {

    public TagUid {
        if (hex == null || !hex.matches("([0-9A-F]{2}){4,10}")) {
            throw new IllegalArgumentException("a UID is 4 to 10 bytes of upper-case hex");
        }
    }

    /** Normalises what readers print: {@code 04:a2:1b:…}, {@code 04 A2 1B …}, {@code 04-a2-…} or plain hex. */
    public static TagUid parse(String text) {
        String hex = text.strip().replaceAll("[\\s:-]", "").toUpperCase(Locale.ROOT);
        if (hex.startsWith("0X")) {
            hex = hex.substring(2);
        }
        return new TagUid(hex);
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "TagUid[••••" + hex.substring(hex.length() - 4) + "]";
    }
}
