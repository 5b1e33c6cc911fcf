package io.smartstore.store.feedback;

import io.smartstore.protocol.nps.Score;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An answer was stored, in the transaction that stores it: what follows from it (a webhook for an unhappy customer, a
 * call back) listens for this rather than being called by the intake.
 *
 * @param localDate the store's day it was given on
 * @param flagged   kept but not counted (misuse): nothing follows from it
 * @param consent   a recognised customer agreed to be contacted
 * @param customerRef the customer's reference, only for a counted detractor who consented (null otherwise)
 * @param lastSeen  when its customer was last seen in the shop (their kiosk visit, or their ticket's last move when
 *                  later); null for an anonymous answer
 */
public record AnswerStored(UUID id, Instant answeredAt, LocalDate localDate, int score, List<String> reasons, String comment,
                           String language, String channel, String kioskId, String sphere, String ticket, boolean flagged,
                           boolean consent, String customerRef, Instant lastSeen) {

    /** A counted answer of 0 to 6. */
    public boolean countedDetractor() {
        return !flagged && Score.band(score) == Score.Band.DETRACTOR;
    }
}
