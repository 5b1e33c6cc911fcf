package io.smartstore.protocol.wire;

/**
 * A request the domain refuses: its stable {@link ProblemCode} and a plain sentence a person can
 * act on. Services throw it; the web edge turns it into problem details with the code's status,
 * a view shows {@link #getMessage()} as it is.
 */
public class Refusal extends RuntimeException {

    private final ProblemCode code;
    private final java.util.Map<String, Object> details;

    public Refusal(ProblemCode code, String message) {
        this(code, message, java.util.Map.of());
    }

    /** With more for a program to act on, e.g. {@code errors}: each invalid field of a batch. */
    public Refusal(ProblemCode code, String message, java.util.Map<String, Object> details) {
        super(message, null, false, false);
        this.code = code;
        this.details = java.util.Map.copyOf(details);
    }

    public java.util.Map<String, Object> details() {
        return details;
    }

    public ProblemCode code() {
        return code;
    }
}
