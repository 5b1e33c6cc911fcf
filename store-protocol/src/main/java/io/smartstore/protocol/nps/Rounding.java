package io.smartstore.protocol.nps;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/** Figures cross the wire with two decimals (the precision of {@code scoring.md}'s worked example). */
public final class Rounding {

    private Rounding() {
    }

    public static Double twoDecimals(OptionalDouble value) {
        return value.isPresent() ? twoDecimals(value.getAsDouble()) : null;
    }

    public static double twoDecimals(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
