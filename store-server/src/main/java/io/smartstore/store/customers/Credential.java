package io.smartstore.store.customers;

import io.smartstore.store.StoreSettings;

import java.util.Locale;

/**
 * A card number or an NFC UID in its one normal form. {@code toString} hides the value:
 * it may not reach a log.
 */
public record Credential(Kind kind, String value) {

    public enum Kind { CARD, NFC, CHECK }

    public static Credential card(String digits) {
        return new Credential(Kind.CARD, digits);
    }

    /** The check of a customer's reference at the desk: their date of birth, bound to the reference. */
    public static Credential check(String ref, java.time.LocalDate birthDate) {
        return new Credential(Kind.CHECK, ref + "|" + birthDate);
    }

    /** UIDs as upper-case hex without separators, whatever way a reader or the CRM wrote them. */
    public static Credential nfc(String uid) {
        return new Credential(Kind.NFC, uid.replaceAll("[\\s:-]", "").toUpperCase(Locale.ROOT));
    }

    /** 12 to 19 digits, with a valid Luhn check digit when the programme's numbers carry one. */
    public static boolean isCardNumber(String digits, StoreSettings.CheckDigit checkDigit) {
        return digits != null && digits.matches("\\d{12,19}") && (checkDigit == StoreSettings.CheckDigit.NONE || luhn(digits));
    }

    public static boolean isNfcUid(String uid) {
        return uid != null && uid.replaceAll("[\\s:-]", "").matches("(?i)([0-9a-f]{2}){4,10}");
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    @Override
    public String toString() {
        return "Credential[" + kind + ", ***]";
    }
}
