package io.smartstore.store.recognition;

import io.smartstore.protocol.wire.Identification;
import io.smartstore.protocol.wire.IdentificationRequest;
import io.smartstore.protocol.wire.CredentialMethod;
import io.smartstore.store.customers.Credential;
import io.smartstore.store.customers.Customers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The first customer after a start is recognised as fast as the next ones: once the store is ready, the path a card
 * takes is walked once with nobody's card — the keyed hash, the look-ups of a customer and their history, the
 * suggestions, the visit and the session it starts, the request's and the answer's JSON — so that its classes are loaded and its
 * statements prepared. The visit and the session are written in a transaction rolled back: nothing is kept, no session
 * is counted.
 */
@Component
class RecognitionWarmUp {

    private static final Logger log = LoggerFactory.getLogger(RecognitionWarmUp.class);
    private final Customers customers;
    private final HistoryBySphere history;
    private final NextSteps nextSteps;
    private final JsonMapper json;
    private final Visits visits;
    private final org.springframework.transaction.support.TransactionTemplate rolledBack;

    RecognitionWarmUp(Customers customers, HistoryBySphere history, NextSteps nextSteps, JsonMapper json, Visits visits,
                      org.springframework.transaction.PlatformTransactionManager transactions) {
        this.customers = customers;
        this.visits = visits;
        this.rolledBack = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.history = history;
        this.nextSteps = nextSteps;
        this.json = json;
    }

    @EventListener(ApplicationReadyEvent.class)
    void walkThePathOnce() {
        long start = System.nanoTime();
        customers.findBy(Credential.card("0000000000000000"));
        customers.findByRef("warm-up");
        List<Identification.SphereHistory> items = history.of("warm-up");
        rolledBack.executeWithoutResult(transaction -> {
            visits.start(new Identification.CustomerSummary("warm-up", "warm-up", "en", "CONSUMER"), "warm-up");
            visits.countSession("warm-up", UUID.randomUUID(), true, null);
            transaction.setRollbackOnly();
        });
        List<Identification.SphereHistory> sample = List.of(new Identification.SphereHistory("HOME", List.of(
                new Identification.HistoryItem(LocalDate.now(), "PRODUCT", "warm-up", "ACTIVE", null))));
        json.writeValueAsString(new Identification(UUID.randomUUID(), new Identification.CustomerSummary("warm-up", "warm-up", "en", "CONSUMER"),
                sample, nextSteps.of(sample), Identification.Assurance.HIGH));
        json.readValue(json.writeValueAsString(new IdentificationRequest(CredentialMethod.CARD, "0000000000000000", UUID.randomUUID())),
                IdentificationRequest.class); // the kiosk's request, as the first one will be read
        log.info("recognition path walked once in {} ms ({} items)", (System.nanoTime() - start) / 1_000_000, items.size());
    }
}
