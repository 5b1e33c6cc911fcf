package io.smartstore.protocol.token;

/** A token that cannot be accepted, with the API's stable code for why. */
public class TokenException extends Exception {

    /** Why: the codes of api.md. */
    public enum Reason {
        INVALID("token_invalid"), EXPIRED("token_expired"), REPLAYED("token_replayed");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Reason reason;

    public TokenException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
