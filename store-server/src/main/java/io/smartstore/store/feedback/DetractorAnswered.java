package io.smartstore.store.feedback;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The {@code data} of an {@code answer.detractor} event: the answer (0–6) as the API shows it, where it was given, and
 * the customer by their reference only when recognised and consenting to be contacted.
 */
public record DetractorAnswered(UUID answerId, Instant answeredAt, int score, List<String> reasons, String comment, String language,
                                String channel, String kioskId, String sphere, String ticket, boolean consentToContact, String customerRef) {
}
