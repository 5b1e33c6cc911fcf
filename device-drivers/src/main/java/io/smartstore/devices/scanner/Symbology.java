package io.smartstore.devices.scanner;

/**
 * The kind of code a scanner read, from its AIM symbology identifier ({@code ]Q1},
 * {@code ]E0}, …; ISO/IEC 15424), or {@link #UNKNOWN} when the scanner sends none.
 */
public enum Symbology {
    QR_CODE('Q'), DATA_MATRIX('d'), AZTEC('z'), PDF417('L'), CODE_128('C'), CODE_39('A'), EAN_UPC('E'),
    INTERLEAVED_2_OF_5('I'), CODABAR('F'), UNKNOWN('?');

    private final char aimCode;

    Symbology(char aimCode) {
        this.aimCode = aimCode;
    }

    static Symbology ofAimCode(char code) {
        for (Symbology symbology : values()) {
            if (symbology.aimCode == code) {
                return symbology;
            }
        }
        return UNKNOWN;
    }
}
