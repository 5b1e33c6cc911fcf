package io.smartstore.store.queue;

import java.util.UUID;

/** Whether a ticket's customer can be offered texts (the texts feature answers; the queue only asks). */
public interface TextsOffer {

    /** Whether this visit's customer can be texted: the shop has an SMS centre and the CRM a mobile number. */
    boolean canText(UUID visitId);
}
