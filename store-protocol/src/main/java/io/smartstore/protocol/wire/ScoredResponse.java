package io.smartstore.protocol.wire;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A pseudonymous answer as a store forwards it to central: no name, no card, no customer ref.
 *
 * @param visit  the store's visit, hashed (an opaque key): central counts one answer per store and visit
 * @param misuse flagged as misuse by the store: kept, excluded from every figure
 */
public record ScoredResponse(UUID id, String segment, String sphere, Integer score, Instant answeredAt,
                             LocalDate localDate, boolean recognised, String visit, Boolean misuse) {

    public boolean flaggedAsMisuse() {
        return Boolean.TRUE.equals(misuse);
    }
}
