package io.smartstore.devices.card;

/**
 * A card number that passed its Luhn check. {@link #toString()} masks it, so it can
 * never reach a log by accident; {@link #digits()} is for the one place that needs it.
 */
public record CardNumber(String digits) {

    public CardNumber {
        if (digits == null || !digits.matches("\\d{12,19}")) {
            throw new IllegalArgumentException("a card number has 12 to 19 digits");
        }
        if (!Luhn.isValid(digits)) {
            throw new IllegalArgumentException("the card number fails its Luhn check");
        }
    }

    /** The last four digits, the rest hidden: {@code ••••1234}. */
    public String masked() {
        return "••••" + digits.substring(digits.length() - 4);
    }

    @Override
    public String toString() {
        return "CardNumber[" + masked() + "]";
    }
}
