package io.smartstore.protocol.wire;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One answer to the NPS question, as the kiosk (or the phone survey) sends it to its store. */
public record FeedbackResponse(UUID id, UUID visitId, Integer score, List<String> reasons, String comment,
                               Instant answeredAt, String language) {

    @Override
    public String toString() {
        return "FeedbackResponse[id=" + id + ", visitId=" + visitId + ", score=" + score + "]";
    }
}
