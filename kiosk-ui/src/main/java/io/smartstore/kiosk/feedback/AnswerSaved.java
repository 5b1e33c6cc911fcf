package io.smartstore.kiosk.feedback;

import java.util.UUID;

/** An answer is safe in the outbox: the relay may send it now. */
public record AnswerSaved(UUID id) {
}
