package io.smartstore.kiosk.ui;

import java.util.regex.Pattern;

/** What a shared screen may show: long numbers (lines, contracts, cards) keep only their last four digits. */
final class Masking {

    private static final Pattern LONG_NUMBER = Pattern.compile("\\d[\\d ]{4,}(\\d{4})");

    private Masking() {
    }

    static String mask(String text) {
        return text == null ? "" : LONG_NUMBER.matcher(text).replaceAll("••••$1");
    }
}
