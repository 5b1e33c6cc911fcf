package io.smartstore.protocol.wire;

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
public record FeedbackResponse(UUID id, UUID visitId, Integer score, List<String> reasons, String comment,
                               Instant answeredAt, String language, String ticket, Boolean consentToContact,
                               Channel channel) {

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
