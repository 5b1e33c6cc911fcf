package io.smartstore.support.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Answers received by this app ({@code smartstore_answers_received_total}, by outcome: {@code new}
 * or {@code duplicate} — a batch sent again after a lost acknowledgement) and those flagged as
 * misuse ({@code smartstore_answers_misuse_total}, kept but not counted); counted once the
 * batch's transaction commits.
 */
public final class AnswerCounters {

    private final Counter received;
    private final Counter duplicates;
    private final Counter misuse;

    public AnswerCounters(MeterRegistry meters) {
        this.received = Counter.builder("smartstore.answers.received").tag("outcome", "new")
                .description("answers received and stored").register(meters);
        this.duplicates = Counter.builder("smartstore.answers.received").tag("outcome", "duplicate")
                .description("answers received and stored").register(meters);
        this.misuse = Counter.builder("smartstore.answers.misuse")
                .description("answers kept but not counted: flagged as misuse").register(meters);
    }

    /** A batch is being stored with so many new answers, duplicates and answers flagged as misuse. */
    public void batch(int newAnswers, int duplicateAnswers, int flagged) {
        AfterCommit.run(() -> {
            received.increment(newAnswers);
            duplicates.increment(duplicateAnswers);
            misuse.increment(flagged);
        });
    }
}
