package io.smartstore.store.followups;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A customer to call back (api.md): the answer that opened it, the customer when recognised and consenting, who owns
 * it and how it ended. Its changes are its own: {@link #with(Change)} applies one, and says what it meant for the
 * events that follow (taken by someone new, closed just now).
 */
public record FollowUp(UUID id, Instant createdAt, Instant dueAt, int score, List<String> reasons, String comment, Customer customer,
                       boolean consentToContact, String owner, FollowUpStatus status, String outcome, String note) {

    /** Whom to call: their ref and first name (their history is one tap away, through the ref). */
    public record Customer(String ref, String firstName) {
    }

    /** The same follow-up with the reasons of its answer. */
    public FollowUp withReasons(List<String> reasonsOfAnswer) {
        return new FollowUp(id, createdAt, dueAt, score, List.copyOf(reasonsOfAnswer), comment, customer, consentToContact, owner, status, outcome, note);
    }

    /** Take, contact or close: each field given replaces the one before (a blank owner is nobody; a blank note none). */
    public record Change(String owner, FollowUpStatus status, String outcome, String note) {

        /** Taken by someone. */
        public static Change takenBy(String owner) {
            return new Change(owner, null, null, null);
        }
    }

    /** This follow-up once {@code change} is made. */
    public FollowUp with(Change change) {
        return new FollowUp(id, createdAt, dueAt, score, reasons, comment, customer, consentToContact,
                change.owner() == null ? owner : change.owner().isBlank() ? null : change.owner(),
                change.status() == null ? status : change.status(),
                change.outcome() == null ? outcome : change.outcome(),
                change.note() == null ? note : change.note().isBlank() ? null : change.note().strip());
    }

    /** Someone took it who did not hold it {@code before}. */
    public boolean takenSince(FollowUp before) {
        return owner != null && !owner.equals(before.owner());
    }

    /** Closed now, and not {@code before}. */
    public boolean closedSince(FollowUp before) {
        return status == FollowUpStatus.CLOSED && before.status() != FollowUpStatus.CLOSED;
    }

    /** Not closed yet. */
    public boolean open() {
        return status != FollowUpStatus.CLOSED;
    }
}
