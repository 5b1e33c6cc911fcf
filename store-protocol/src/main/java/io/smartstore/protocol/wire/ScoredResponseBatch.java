package io.smartstore.protocol.wire;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** {@code POST /api/v1/responses} at central: one store's answers. */
@DistinctIds
public record ScoredResponseBatch(
        @NotNull(message = "a store id is up to 40 upper-case letters, digits and dashes")
        @Pattern(regexp = "[A-Z0-9-]{1,40}", message = "a store id is up to 40 upper-case letters, digits and dashes") String storeId,
        @NotNull(message = "a country is an ISO 3166 two-letter code") @Pattern(regexp = Formats.COUNTRY, message = "a country is an ISO 3166 two-letter code")
        String country,
        @NotNull(message = DistinctIds.NO_LIST) @Size(max = FeedbackBatch.MAX_RESPONSES, message = DistinctIds.TOO_MANY)
        List<@NotNull(message = DistinctIds.NULL_RESPONSE) @Valid ScoredResponse> responses) implements DistinctIds.Batch {

    @Override
    public List<java.util.UUID> ids() {
        return responses == null ? List.of() : responses.stream().map(response -> response == null ? null : response.id()).toList();
    }
}
