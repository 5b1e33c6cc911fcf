package io.smartstore.support.production;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A {@link StartRefusal} as the operator reads it: Description and Action, no trace. */
class StartRefusalAnalyzer extends AbstractFailureAnalyzer<StartRefusal> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StartRefusal refusal) {
        return new FailureAnalysis(refusal.getMessage(), refusal.action(), refusal);
    }
}
