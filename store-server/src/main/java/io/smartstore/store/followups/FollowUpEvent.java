package io.smartstore.store.followups;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The {@code data} of a {@code follow-up.*} event: the follow-up as {@code GET /api/v1/follow-ups} shows it, the customer
 * by their pseudonymous reference alone (no name), without the adviser's private note.
 */
public record FollowUpEvent(UUID id, Instant createdAt, Instant dueAt, int score, List<String> reasons, String comment, String customerRef,
                            boolean consentToContact, String owner, FollowUpStatus status, String outcome) {

    static FollowUpEvent of(FollowUp followUp) {
        return new FollowUpEvent(followUp.id(), followUp.createdAt(), followUp.dueAt(), followUp.score(), followUp.reasons(), followUp.comment(),
                followUp.customer() == null ? null : followUp.customer().ref(), followUp.consentToContact(), followUp.owner(), followUp.status(),
                followUp.outcome());
    }
}
