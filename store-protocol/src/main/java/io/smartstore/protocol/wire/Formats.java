package io.smartstore.protocol.wire;

/** The shapes of the codes and names the API takes, for the constraints of its request records. */
public final class Formats {

    /** Codes such as HOME, WAIT_TIME or CONSUMER (at most {@link #MAX_LABEL_LENGTH} characters). */
    public static final String LABEL = "[A-Z][A-Z0-9_]*";
    public static final int MAX_LABEL_LENGTH = 40;
    /** Ticket numbers such as H-042. */
    public static final String TICKET = "[A-Z]-\\d{3,6}";
    /** ISO 3166 two-letter country codes. */
    public static final String COUNTRY = "[A-Z]{2}";
    /** ISO 639 language codes such as fr. */
    public static final String LANGUAGE = "[a-z]{2,3}";
    /** A customer's reference in the CRM. */
    public static final String CUSTOMER_REF = "[A-Za-z0-9_-]{1,64}";

    private Formats() {
    }

    /** Whether a value is a code such as HOME, WAIT_TIME or CONSUMER. */
    public static boolean isLabel(String value) {
        return value != null && value.length() <= MAX_LABEL_LENGTH && value.matches(LABEL);
    }
}
