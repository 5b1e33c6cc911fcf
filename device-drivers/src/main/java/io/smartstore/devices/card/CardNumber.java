package io.smartstore.devices.card;

/**
 * An account number of 12 to 19 digits as a stripe carries it. Many loyalty and gift
 * cards carry no Luhn digit, so the driver does not judge: {@link #checkDigitValid()} says
 * whether the last digit is a valid Luhn check digit and the store decides what its
 * programme requires. {@link #toString()} masks the number, so it can never reach a log by
 * accident; {@link #digits()} is for the one place that needs it.
 */
public record CardNumber(String digits) {

    public CardNumber {
        if (digits == null || !digits.matches("\\d{12,19}")) {
            throw new IllegalArgumentException("a card number has 12 to 19 digits");
        }
    }

    /** Whether the last digit is the Luhn check digit of the others (payment cards and many loyalty cards). */
    public boolean checkDigitValid() {
        return Luhn.isValid(digits);
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
