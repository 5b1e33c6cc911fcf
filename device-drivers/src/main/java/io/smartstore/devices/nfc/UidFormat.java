package io.smartstore.devices.nfc;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.Locale;

/**
 * How a desktop reader prints a tag's UID, so that the same card is the same customer
 * whichever reader reads it: {@code HEX} (the canonical form, any separators),
 * {@code HEX_REVERSED} (the bytes in reverse order, as many 125 kHz and NFC readers print
 * them), {@code DECIMAL} (the UID's 4 bytes as one unsigned decimal number, usually 10
 * digits). {@link #canonical} gives the canonical upper-case hex the CRM import carries.
 */
public enum UidFormat {
    HEX, HEX_REVERSED, DECIMAL;

    private static final BigInteger FOUR_BYTES = BigInteger.ONE.shiftLeft(32);

    /** The canonical UID of what the reader printed; throws when it is not a UID in this format. */
    public TagUid canonical(String printed) {
        return switch (this) {
            case HEX -> TagUid.parse(printed);
            case HEX_REVERSED -> {
                byte[] bytes = HexFormat.of().parseHex(TagUid.parse(printed).hex());
                for (int i = 0, j = bytes.length - 1; i < j; i++, j--) {
                    byte swap = bytes[i];
                    bytes[i] = bytes[j];
                    bytes[j] = swap;
                }
                yield new TagUid(HexFormat.of().withUpperCase().formatHex(bytes));
            }
            case DECIMAL -> {
                String digits = printed.strip();
                if (!digits.matches("\\d{1,10}")) {
                    throw new IllegalArgumentException("a decimal UID is up to 10 digits");
                }
                BigInteger value = new BigInteger(digits);
                if (value.compareTo(FOUR_BYTES) >= 0) {
                    throw new IllegalArgumentException("a decimal UID is 4 bytes");
                }
                yield new TagUid(String.format(Locale.ROOT, "%08X", value.longValue()));
            }
        };
    }
}
