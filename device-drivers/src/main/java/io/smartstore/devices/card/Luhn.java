package io.smartstore.devices.card;

/** The mod-10 check digit of ISO/IEC 7812 card numbers. */
public final class Luhn {

    private Luhn() {
    }

    public static boolean isValid(CharSequence digits) {
        if (digits.isEmpty()) {
            return false;
        }
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int d = c - '0';
            if (doubled) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    /** The digit to append to {@code body} so that the whole passes the check. */
    public static char checkDigit(CharSequence body) {
        for (char candidate = '0'; candidate <= '9'; candidate++) {
            if (isValid(body.toString() + candidate)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("not digits");
    }
}
