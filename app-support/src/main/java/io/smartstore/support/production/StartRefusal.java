package io.smartstore.support.production;

/**
 * An app that refuses to start, and says why and what to do: {@link StartRefusalAnalyzer} shows it as Spring Boot's
 * "APPLICATION FAILED TO START" with its Description and Action, without a stack trace.
 */
public class StartRefusal extends RuntimeException {

    private final String action;

    public StartRefusal(String description, String action) {
        super(description, null, false, false);
        this.action = action;
    }

    /** What the operator does about it, in a sentence or two. */
    public String action() {
        return action;
    }
}
