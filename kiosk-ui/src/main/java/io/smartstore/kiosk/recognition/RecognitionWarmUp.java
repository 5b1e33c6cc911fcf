package io.smartstore.kiosk.recognition;

import io.smartstore.protocol.wire.Identification;
import io.smartstore.protocol.wire.IdentificationRequest;
import io.smartstore.protocol.wire.CredentialMethod;
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
 * The first customer after a start is greeted as fast as the next ones: once the kiosk is ready, the store's answer
 * to a read is read once from a sample and a request written once (their JSON mappings built), and the first heartbeat, sent at once, opens the
 * connection to the store and walks its authentication. Nothing is sent about anyone.
 */
@Component
class RecognitionWarmUp {

    private static final Logger log = LoggerFactory.getLogger(RecognitionWarmUp.class);
    private final JsonMapper json;

    RecognitionWarmUp(JsonMapper json) {
        this.json = json;
    }

    @EventListener(ApplicationReadyEvent.class)
    void readASampleAnswerOnce() {
        long start = System.nanoTime();
        Identification sample = new Identification(UUID.randomUUID(), new Identification.CustomerSummary("warm-up", "warm-up", "en", "CONSUMER"),
                List.of(new Identification.SphereHistory("HOME", List.of(new Identification.HistoryItem(LocalDate.now(), "PRODUCT", "warm-up", "ACTIVE", null)))),
                List.of(), Identification.Assurance.HIGH);
        json.readValue(json.writeValueAsString(sample), Identification.class);
        json.writeValueAsString(new IdentificationRequest(CredentialMethod.CARD, "0000000000000000", UUID.randomUUID())); // the first request's
        log.info("a store's answer read once in {} ms", (System.nanoTime() - start) / 1_000_000);
    }
}
