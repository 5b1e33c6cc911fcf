package io.smartstore.protocol.wire;

import io.smartstore.protocol.nps.Score;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A pseudonymous answer as a store forwards it to central: no name, no card, no customer ref.
 *
 * @param visit  the store's visit, hashed (an opaque key): central counts one answer per store and visit
 * @param misuse flagged as misuse by the store: kept, excluded from every figure
 */
public record ScoredResponse(@NotNull(message = "every response needs its UUID") UUID id,
                             @Pattern(regexp = Formats.LABEL, message = "a segment is a short upper-case code")
                             @Size(max = Formats.MAX_LABEL_LENGTH, message = "a segment is a short upper-case code") String segment,
                             @Pattern(regexp = Formats.LABEL, message = "a sphere is a short upper-case code")
                             @Size(max = Formats.MAX_LABEL_LENGTH, message = "a sphere is a short upper-case code") String sphere,
                             @NotNull(message = FeedbackResponse.SCORE) @Min(value = Score.MIN, message = FeedbackResponse.SCORE)
                             @Max(value = Score.MAX, message = FeedbackResponse.SCORE) Integer score,
                             @NotNull(message = FeedbackResponse.ANSWERED_AT) Instant answeredAt,
                             @NotNull(message = "the store's local day is required") LocalDate localDate,
                             boolean recognised,
                             @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "a visit key is up to 64 letters, digits, dashes or underscores") String visit,
                             Boolean misuse) {

    public boolean flaggedAsMisuse() {
        return Boolean.TRUE.equals(misuse);
    }
}
