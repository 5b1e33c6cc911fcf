package io.smartstore.support.problems;

import io.smartstore.protocol.wire.FeedbackBatch;
import io.smartstore.protocol.wire.FeedbackResponse;
import io.smartstore.protocol.wire.InvalidField;
import io.smartstore.protocol.wire.ScoredResponse;
import io.smartstore.protocol.wire.ScoredResponseBatch;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The batches' rules as Bean Validation constraints, reported record by record as the API's {@code invalid_batch} lists them. */
class BatchProblemsTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final Instant AT = Instant.parse("2026-11-26T10:00:00Z");

    private static FeedbackResponse answer(UUID id, Integer score) {
        return new FeedbackResponse(id, null, score, List.of("WAIT_TIME"), null, AT, "fr", "H-042", null, null);
    }

    private static List<InvalidField> problems(Object batch) {
        return BatchProblems.of(VALIDATOR.validate(batch));
    }

    @Test
    void aValidBatchHasNoProblem() {
        assertThat(problems(new FeedbackBatch(List.of(answer(UUID.randomUUID(), 0), answer(UUID.randomUUID(), 10))))).isEmpty();
    }

    @Test
    void eachBrokenFieldIsReportedAtItsRecordInOrder() {
        FeedbackResponse wrong = new FeedbackResponse(UUID.randomUUID(), null, 11, List.of("wait time"), "x".repeat(501), null, "French",
                "42", null, null);
        assertThat(problems(new FeedbackBatch(List.of(answer(UUID.randomUUID(), 7), wrong))))
                .extracting(InvalidField::index, InvalidField::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "answeredAt"), org.assertj.core.groups.Tuple.tuple(1, "comment"),
                        org.assertj.core.groups.Tuple.tuple(1, "language"), org.assertj.core.groups.Tuple.tuple(1, "reasons"),
                        org.assertj.core.groups.Tuple.tuple(1, "score"), org.assertj.core.groups.Tuple.tuple(1, "ticket"));
    }

    @Test
    void aRepeatedIdIsReportedWhereItRepeatsAndANullRecordAsItself() {
        UUID twice = UUID.randomUUID();
        List<InvalidField> found = problems(new FeedbackBatch(Arrays.asList(answer(twice, 5), null, answer(twice, 6))));
        assertThat(found).containsExactly(new InvalidField(1, "", "a response cannot be null"),
                new InvalidField(2, "id", "the same UUID appears twice in the batch"));
    }

    @Test
    void theBatchItselfIsIndexMinusOne() {
        assertThat(problems(new FeedbackBatch(null))).containsExactly(new InvalidField(-1, "responses", "a batch needs a list of responses"));
        List<FeedbackResponse> tooMany = new ArrayList<>(Collections.nCopies(501, (FeedbackResponse) null));
        assertThat(problems(new FeedbackBatch(tooMany))).first().isEqualTo(new InvalidField(-1, "responses", "at most 500 responses per batch"));
        ScoredResponse scored = new ScoredResponse(UUID.randomUUID(), "CONSUMER", "HOME", 9, AT, LocalDate.of(2026, 11, 26), true, "v-1", null);
        assertThat(problems(new ScoredResponseBatch("fr-01", "France", List.of(scored)))).extracting(InvalidField::index, InvalidField::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(-1, "country"), org.assertj.core.groups.Tuple.tuple(-1, "storeId"));
    }
}
