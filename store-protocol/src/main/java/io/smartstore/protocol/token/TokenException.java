package io.smartstore.protocol.token;

import io.smartstore.protocol.wire.ProblemCode;

/** A token that cannot be accepted, with the API's stable code for why. */
public class TokenException extends Exception {

    /** Why: the codes of api.md. */
    public enum Reason {
        INVALID(ProblemCode.TOKEN_INVALID), EXPIRED(ProblemCode.TOKEN_EXPIRED), REPLAYED(ProblemCode.TOKEN_REPLAYED);

        private final ProblemCode problem;

        Reason(ProblemCode problem) {
            this.problem = problem;
        }

        public ProblemCode problem() {
            return problem;
        }

        public String code() {
            return problem.code();
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
