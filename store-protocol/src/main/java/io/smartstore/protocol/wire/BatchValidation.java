package io.smartstore.protocol.wire;

import io.smartstore.protocol.nps.Score;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The rules every receiver applies to a whole batch before it stores anything of it.
 * Returns one entry per problem; an empty list means the batch may be stored.
 */
public final class BatchValidation {

    public static final int MAX_COMMENT_LENGTH = 500;
    public static final int MAX_REASONS = 20;
    public static final int MAX_LABEL_LENGTH = Formats.MAX_LABEL_LENGTH;

    private BatchValidation() {
    }

    public static List<InvalidField> check(FeedbackBatch batch) {
        if (batch == null || batch.responses() == null) {
            return List.of(new InvalidField(-1, "responses", "a batch needs a list of responses"));
        }
        List<InvalidField> problems = new ArrayList<>(sizeProblems(batch.responses().size()));
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < batch.responses().size(); i++) {
            FeedbackResponse response = batch.responses().get(i);
            if (response == null) {
                problems.add(new InvalidField(i, "", "a response cannot be null"));
                continue;
            }
            checkCommon(i, response.id(), response.score(), response.answeredAt() != null, seen, problems);
            if (response.comment() != null && response.comment().length() > MAX_COMMENT_LENGTH) {
                problems.add(new InvalidField(i, "comment", "at most " + MAX_COMMENT_LENGTH + " characters"));
            }
            List<String> reasons = response.reasons() == null ? List.of() : response.reasons();
            if (reasons.size() > MAX_REASONS || reasons.stream().anyMatch(r -> !isLabel(r))) {
                problems.add(new InvalidField(i, "reasons", "reasons are up to " + MAX_REASONS + " short upper-case codes"));
            }
            if (response.language() != null && !response.language().matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?")) {
                problems.add(new InvalidField(i, "language", "a language is a code such as fr or pt-BR"));
            }
            if (response.ticket() != null && !isTicket(response.ticket())) {
                problems.add(new InvalidField(i, "ticket", "a ticket is a letter, a dash and a number, such as H-042"));
            }
        }
        return problems;
    }

    public static List<InvalidField> check(ScoredResponseBatch batch) {
        if (batch == null || batch.responses() == null) {
            return List.of(new InvalidField(-1, "responses", "a batch needs a list of responses"));
        }
        List<InvalidField> problems = new ArrayList<>(sizeProblems(batch.responses().size()));
        if (batch.storeId() == null || !batch.storeId().matches("[A-Z0-9-]{1,40}")) {
            problems.add(new InvalidField(-1, "storeId", "a store id is up to 40 upper-case letters, digits and dashes"));
        }
        if (batch.country() == null || !batch.country().matches(Formats.COUNTRY)) {
            problems.add(new InvalidField(-1, "country", "a country is an ISO 3166 two-letter code"));
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < batch.responses().size(); i++) {
            ScoredResponse response = batch.responses().get(i);
            if (response == null) {
                problems.add(new InvalidField(i, "", "a response cannot be null"));
                continue;
            }
            checkCommon(i, response.id(), response.score(), response.answeredAt() != null, seen, problems);
            if (response.localDate() == null) {
                problems.add(new InvalidField(i, "localDate", "the store's local day is required"));
            }
            if (response.segment() != null && !isLabel(response.segment())) {
                problems.add(new InvalidField(i, "segment", "a segment is a short upper-case code"));
            }
            if (response.sphere() != null && !isLabel(response.sphere())) {
                problems.add(new InvalidField(i, "sphere", "a sphere is a short upper-case code"));
            }
            if (response.visit() != null && !response.visit().matches("[A-Za-z0-9_-]{1,64}")) {
                problems.add(new InvalidField(i, "visit", "a visit key is up to 64 letters, digits, dashes or underscores"));
            }
        }
        return problems;
    }

    private static List<InvalidField> sizeProblems(int size) {
        if (size > FeedbackBatch.MAX_RESPONSES) {
            return List.of(new InvalidField(-1, "responses", "at most " + FeedbackBatch.MAX_RESPONSES + " responses per batch"));
        }
        return List.of();
    }

    private static void checkCommon(int i, UUID id, Integer score, boolean hasTime, Set<UUID> seen,
                                    List<InvalidField> problems) {
        if (id == null) {
            problems.add(new InvalidField(i, "id", "every response needs its UUID"));
        } else if (!seen.add(id)) {
            problems.add(new InvalidField(i, "id", "the same UUID appears twice in the batch"));
        }
        if (score == null || !Score.isValid(score)) {
            problems.add(new InvalidField(i, "score", "a score is a whole number from 0 to 10"));
        }
        if (!hasTime) {
            problems.add(new InvalidField(i, "answeredAt", "the time of the answer is required"));
        }
    }

    /** Ticket numbers such as H-042. */
    public static boolean isTicket(String value) {
        return value != null && value.matches(Formats.TICKET);
    }

    /** Codes such as HOME, WAIT_TIME or CONSUMER. */
    public static boolean isLabel(String value) {
        return value != null && value.length() <= MAX_LABEL_LENGTH && value.matches(Formats.LABEL);
    }
}
