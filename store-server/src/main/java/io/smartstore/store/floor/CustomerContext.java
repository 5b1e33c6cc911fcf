package io.smartstore.store.floor;

import io.smartstore.protocol.wire.Identification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/v1/queue/{ticket}/customer}: what an adviser knows before greeting a
 * recognised customer — who they are, their history by sphere, the suggestions with their
 * reasons, their last visits here with the outcome, their last answers with the comment.
 */
public record CustomerContext(String ticket, Identification.CustomerSummary customer, List<Identification.SphereHistory> history,
                              List<Identification.Suggestion> suggestions, List<PastVisit> lastVisits, List<PastAnswer> lastAnswers) {

    /** A visit at this shop: when, which sphere, with whom, how it ended. */
    public record PastVisit(LocalDate date, String sphere, String adviser, String outcome, String note) {
    }

    /** An answer the customer gave: when, the score, what mattered, what they wrote. */
    public record PastAnswer(Instant answeredAt, int score, List<String> reasons, String comment) {
    }
}
