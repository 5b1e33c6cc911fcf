package io.smartstore.store.recognition;

import io.smartstore.protocol.wire.Identification;
import io.smartstore.protocol.wire.IdentificationRequest;
import io.smartstore.store.customers.Credential;
import io.smartstore.store.customers.Customers;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A read walked for nobody: the request checked as a real one, the look-ups a card makes (for a card nobody has) and
 * an answer of the real shape about a sample customer. No visit starts, no session counts, no recognition is
 * counted: a kiosk sends a few dozen when it starts, so that its first customer is greeted as fast as the next ones.
 */
@Component
class DryRun {

    static final String SAMPLE_REF = "dry-run";
    private static final Identification.CustomerSummary SAMPLE = new Identification.CustomerSummary(SAMPLE_REF, "Sample", "en", "CONSUMER");
    private final Customers customers;
    private final HistoryBySphere history;
    private final NextSteps nextSteps;
    private final Clock clock;

    DryRun(Customers customers, HistoryBySphere history, NextSteps nextSteps, Clock clock) {
        this.customers = customers;
        this.history = history;
        this.nextSteps = nextSteps;
        this.clock = clock;
    }

    /** The sample answer; refused as a real read when the request is not one. */
    Identification answer(IdentificationRequest request) {
        Recognition.requireARead(request);
        return walk();
    }

    /** The look-ups and the sample answer, without a request. */
    Identification walk() {
        customers.findBy(Credential.card("0000000000000000"));
        customers.findByRef(SAMPLE_REF);
        List<Identification.SphereHistory> found = history.of(SAMPLE_REF);
        List<Identification.SphereHistory> items = found.isEmpty() ? List.of(new Identification.SphereHistory("HOME", List.of(
                new Identification.HistoryItem(LocalDate.now(clock), "PRODUCT", "Sample", "ACTIVE", null)))) : found;
        return new Identification(null, SAMPLE, items, nextSteps.of(items), Identification.Assurance.HIGH);
    }
}
