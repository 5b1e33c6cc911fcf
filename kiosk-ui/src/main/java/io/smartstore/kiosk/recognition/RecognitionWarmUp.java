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

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The first customer after a start is greeted as fast as the next ones. Once the kiosk is ready, the store's answer
 * to a read is read once from a sample and a request written once (their JSON mappings built); then the kiosk sends
 * the store a dry run of a read, on its own thread and again until the store answers it, then a few dozen more. A dry
 * run walks both apps' whole path (this client, the store's web server, security chain and controller, the answer's
 * JSON both ways) and is counted nowhere: no visit, no session, no recognition. Nothing is sent about anyone.
 */
@Component
class RecognitionWarmUp {

    private static final Logger log = LoggerFactory.getLogger(RecognitionWarmUp.class);
    /** Between dry runs the store did not answer: it may still be starting. */
    static final Duration PAUSE = Duration.ofSeconds(10);
    /** Dry runs before the kiosk stops trying (the first customer then walks the path): 10 minutes. */
    static final int TRIES = 60;
    /**
     * Dry runs sent back to back once the store answered one (about half a second): the path then runs often enough
     * for both apps' compilers to take it up before the first customer (measured: docs/benchmarks.md).
     */
    static final int AFTER_THE_FIRST = 40;
    private final JsonMapper json;
    private final StoreClient store;

    RecognitionWarmUp(JsonMapper json, StoreClient store) {
        this.json = json;
        this.store = store;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        readASampleAnswerOnce();
        Thread.startVirtualThread(() -> dryRunUntilTheStoreAnswers(PAUSE, TRIES));
    }

    void readASampleAnswerOnce() {
        long start = System.nanoTime();
        Identification sample = new Identification(UUID.randomUUID(), new Identification.CustomerSummary("warm-up", "warm-up", "en", "CONSUMER"),
                List.of(new Identification.SphereHistory("HOME", List.of(new Identification.HistoryItem(LocalDate.now(), "PRODUCT", "warm-up", "ACTIVE", null)))),
                List.of(), Identification.Assurance.HIGH);
        json.readValue(json.writeValueAsString(sample), Identification.class);
        json.writeValueAsString(new IdentificationRequest(CredentialMethod.CARD, StoreClient.NOBODYS_CARD, UUID.randomUUID())); // the first request's
        log.info("a store's answer read once in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    /** True when the store answered one of at most {@code tries} dry runs, {@code pause} apart. */
    boolean dryRunUntilTheStoreAnswers(Duration pause, int tries) {
        for (int i = 1; i <= tries; i++) {
            long start = System.nanoTime();
            if (store.dryRun()) {
                long first = System.nanoTime();
                for (int more = 0; more < AFTER_THE_FIRST; more++) {
                    store.dryRun();
                }
                log.info("the store answered a dry run of a read in {} ms, {} more in {} ms", (first - start) / 1_000_000,
                        AFTER_THE_FIRST, (System.nanoTime() - first) / 1_000_000);
                return true;
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        log.info("the store did not answer {} dry runs of a read: the first customer's read walks the path", tries);
        return false;
    }
}
