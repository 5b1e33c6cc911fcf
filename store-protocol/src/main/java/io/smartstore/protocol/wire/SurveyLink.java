package io.smartstore.protocol.wire;

import java.time.Instant;
import java.util.UUID;

/** {@code POST /api/v1/surveys}: "rate later on your phone", a one-time link for a visit, in the customer's language. */
public record SurveyLink(String url, Instant expiresAt) {

    /** What the kiosk asks for. */
    public record Request(UUID visitId, String language, String ticket) {
    }
}
