package io.smartstore.store.recognition;

import io.smartstore.protocol.wire.Identification;
import io.smartstore.protocol.wire.IdentificationRequest;
import io.smartstore.protocol.wire.CredentialMethod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.UUID;

/**
 * The first customer after a start is recognised as fast as the next ones: once the store is ready, the path a card
 * takes is walked once with nobody's card — the keyed hash, the look-ups of a customer and their history, the
 * suggestions, the visit and the session it starts, the request's and the answer's JSON — so that its classes are loaded and its
 * statements prepared. The visit and the session are written in a transaction rolled back: nothing is kept, no session
 * is counted. What only a request walks (the web server, the security chain, the controller) is walked by the
 * kiosk's {@linkplain DryRun dry run} when it starts.
 */
@Component
class RecognitionWarmUp {

    private static final Logger log = LoggerFactory.getLogger(RecognitionWarmUp.class);
    private final DryRun dryRun;
    private final JsonMapper json;
    private final Visits visits;
    private final org.springframework.transaction.support.TransactionTemplate rolledBack;

    RecognitionWarmUp(DryRun dryRun, JsonMapper json, Visits visits, org.springframework.transaction.PlatformTransactionManager transactions) {
        this.dryRun = dryRun;
        this.visits = visits;
        this.rolledBack = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.json = json;
    }

    @EventListener(ApplicationReadyEvent.class)
    void walkThePathOnce() {
        long start = System.nanoTime();
        Identification sample = dryRun.walk();
        rolledBack.executeWithoutResult(transaction -> {
            visits.start(sample.customer(), "warm-up");
            visits.countSession("warm-up", UUID.randomUUID(), true, null);
            transaction.setRollbackOnly();
        });
        json.writeValueAsString(sample);
        json.readValue(json.writeValueAsString(new IdentificationRequest(CredentialMethod.CARD, "0000000000000000", UUID.randomUUID())),
                IdentificationRequest.class); // the kiosk's request, as the first one will be read
        log.info("recognition path walked once in {} ms", (System.nanoTime() - start) / 1_000_000);
    }
}
