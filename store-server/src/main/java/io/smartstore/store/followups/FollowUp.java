package io.smartstore.store.followups;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A customer to call back (api.md): the answer that opened it, the customer when recognised
 * and consenting, who owns it and how it ended.
 */
public record FollowUp(UUID id, Instant createdAt, Instant dueAt, int score, List<String> reasons, String comment, Customer customer,
                       boolean consentToContact, String owner, String status, String outcome, String note) {

    /** Whom to call: their ref and first name (their history is one tap away, through the ref). */
    public record Customer(String ref, String firstName) {
    }

    /** The same follow-up with the reasons of its answer. */
    public FollowUp withReasons(List<String> reasonsOfAnswer) {
        return new FollowUp(id, createdAt, dueAt, score, List.copyOf(reasonsOfAnswer), comment, customer, consentToContact, owner, status, outcome, note);
    }

    /** The states of a follow-up. */
    public static final List<String> STATUSES = List.of("OPEN", "CONTACTED", "CLOSED");
}
