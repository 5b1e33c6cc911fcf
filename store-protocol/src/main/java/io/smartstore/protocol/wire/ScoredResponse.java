package io.smartstore.protocol.wire;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A pseudonymous answer as a store forwards it to central: no name, no card, no customer ref. */
public record ScoredResponse(UUID id, String segment, String sphere, Integer score, Instant answeredAt,
                             LocalDate localDate, boolean recognised) {
}
