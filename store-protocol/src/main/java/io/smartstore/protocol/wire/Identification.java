package io.smartstore.protocol.wire;

import java.util.List;
import java.util.UUID;

/**
 * A recognised customer: the visit that starts now, who they are, their history by sphere
 * of use. With {@code assurance} LOW (an NFC UID, which can be cloned) history items come
 * without their titles: greeting and spheres only.
 */
public record Identification(UUID visitId, CustomerSummary customer, List<SphereHistory> history,
                             List<Suggestion> suggestions, Assurance assurance) {

    /** How sure the store is of who this is. */
    public enum Assurance { HIGH, LOW }

    public record CustomerSummary(String ref, String firstName, String language, String segment) {
    }

    public record SphereHistory(String sphere, List<HistoryItem> items) {
    }

    /** {@code endsOn}: when a contract or an offer ends, if it does. */
    public record HistoryItem(java.time.LocalDate date, String kind, String title, String status, java.time.LocalDate endsOn) {
    }

    /**
     * A next step, from an explainable rule: {@code text} and {@code reason} in English,
     * {@code code} and {@code subject} for a kiosk that says it in the customer's language.
     */
    public record Suggestion(String sphere, String text, String reason, String code, String subject) {
    }
}
