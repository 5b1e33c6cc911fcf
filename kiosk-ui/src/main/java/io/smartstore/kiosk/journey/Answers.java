package io.smartstore.kiosk.journey;

import io.smartstore.protocol.wire.FeedbackResponse;

import java.util.List;
import java.util.UUID;

/**
 * Where answers are kept (the kiosk's outbox). An answer is kept the moment its score is
 * tapped, still open; reasons and a comment complete it; a customer who walks away leaves
 * it closed with the score alone. An open answer is never lost: if the kiosk stops, it is
 * sent as it is once its time is up.
 */
public interface Answers {

    void open(FeedbackResponse answer);

    /** Completes an answer: what mattered, a comment, and whether a recognised customer may be called back. */
    void complete(UUID id, List<String> reasons, String comment, boolean consentToContact);

    /** Completes an answer with what it has: its score (and no reasons, no comment). */
    void close(UUID id);
}
