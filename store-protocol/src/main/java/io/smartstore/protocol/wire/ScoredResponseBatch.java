package io.smartstore.protocol.wire;

import java.util.List;

/** {@code POST /api/v1/responses} at central: one store's answers. */
public record ScoredResponseBatch(String storeId, String country, List<ScoredResponse> responses) {
}
