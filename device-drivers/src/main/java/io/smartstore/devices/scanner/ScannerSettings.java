package io.smartstore.devices.scanner;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How a scanner in serial (CDC-ACM / COM emulation) mode frames what it reads: an
 * optional prefix, a suffix ending each scan (CR by default), whether an AIM symbology
 * identifier leads the data, and the character set of the data.
 */
public record ScannerSettings(String prefix, String suffix, boolean aimIdentifier, Charset charset, int maxLength) {

    public static final ScannerSettings DEFAULT = new ScannerSettings("", "\r", false, StandardCharsets.UTF_8, 4096);

    public ScannerSettings {
        prefix = prefix == null ? "" : prefix;
        if (suffix == null || suffix.isEmpty()) {
            throw new IllegalArgumentException("a scanner needs a suffix that ends each scan, such as CR");
        }
        if (charset == null) {
            throw new IllegalArgumentException("a scanner needs its character set");
        }
        if (maxLength < 1 || maxLength > 65_536) {
            throw new IllegalArgumentException("maximum scan length out of range: " + maxLength);
        }
    }

    public ScannerSettings withPrefix(String newPrefix) {
        return new ScannerSettings(newPrefix, suffix, aimIdentifier, charset, maxLength);
    }

    public ScannerSettings withSuffix(String newSuffix) {
        return new ScannerSettings(prefix, newSuffix, aimIdentifier, charset, maxLength);
    }

    public ScannerSettings withAimIdentifier(boolean sent) {
        return new ScannerSettings(prefix, suffix, sent, charset, maxLength);
    }

    public ScannerSettings withCharset(Charset newCharset) {
        return new ScannerSettings(prefix, suffix, aimIdentifier, newCharset, maxLength);
    }
}
