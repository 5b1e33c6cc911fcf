package io.smartstore.protocol.wire;

import io.smartstore.protocol.nps.Score;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One answer to the NPS question, as the kiosk (or the phone survey) sends it to its store.
 *
 * @param ticket           the adviser ticket this answer rates, if any: it links the answer to the sphere
 * @param consentToContact a recognised customer agreed to be called back
 * @param channel          where the answer was given; {@code null} means the kiosk
 */
public record FeedbackResponse(@NotNull(message = "every response needs its UUID") UUID id,
                               UUID visitId,
                               @NotNull(message = SCORE) @Min(value = Score.MIN, message = SCORE) @Max(value = Score.MAX, message = SCORE) Integer score,
                               @Size(max = MAX_REASONS, message = REASONS) List<@NotNull(message = REASONS) @Pattern(regexp = Formats.LABEL, message = REASONS)
                               @Size(max = Formats.MAX_LABEL_LENGTH, message = REASONS) String> reasons,
                               @Size(max = MAX_COMMENT_LENGTH, message = "at most " + MAX_COMMENT_LENGTH + " characters") String comment,
                               @NotNull(message = ANSWERED_AT) Instant answeredAt,
                               @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})?", message = "a language is a code such as fr or pt-BR") String language,
                               @Pattern(regexp = Formats.TICKET, message = "a ticket is a letter, a dash and a number, such as H-042") String ticket,
                               Boolean consentToContact,
                               Channel channel) {

    public static final int MAX_COMMENT_LENGTH = 500;
    public static final int MAX_REASONS = 20;
    static final String SCORE = "a score is a whole number from 0 to 10";
    static final String REASONS = "reasons are up to " + MAX_REASONS + " short upper-case codes";
    static final String ANSWERED_AT = "the time of the answer is required";

    /** An answer given at the kiosk, without a ticket or consent. */
    public static FeedbackResponse atKiosk(UUID id, UUID visitId, int score, List<String> reasons, String comment,
                                           Instant answeredAt, String language) {
        return new FeedbackResponse(id, visitId, score, reasons, comment, answeredAt, language, null, null, Channel.KIOSK);
    }

    public boolean consented() {
        return Boolean.TRUE.equals(consentToContact);
    }

    @Override
    public String toString() {
        return "FeedbackResponse[id=" + id + ", visitId=" + visitId + ", score=" + score + "]";
    }

    /** Where the customer answered. */
    public enum Channel { KIOSK, PHONE }
}
