package io.smartstore.protocol.wire;

import java.time.Instant;
import java.util.UUID;

/** {@code POST /api/v1/surveys}: "rate later on your phone", a one-time link for a visit, in the customer's language. */
public record SurveyLink(String url, Instant expiresAt) {

    /** What the kiosk asks for. */
    public record Request(UUID visitId,
                          @RefusedAs(ProblemCode.INVALID_LANGUAGE)
                          @jakarta.validation.constraints.Pattern(regexp = Formats.LANGUAGE, message = "A language is a code such as fr") String language,
                          @RefusedAs(ProblemCode.INVALID_TICKET_REQUEST)
                          @jakarta.validation.constraints.Pattern(regexp = Formats.TICKET, message = "A ticket is a letter, a dash and a number, such as H-042")
                          String ticket) {
    }
}
