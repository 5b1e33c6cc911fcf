package io.smartstore.store.recognition;

import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.token.TokenException;
import io.smartstore.protocol.wire.CredentialMethod;
import io.smartstore.protocol.wire.DeskIdentification;
import io.smartstore.protocol.wire.RecognitionMiss;
import io.smartstore.protocol.wire.Identification;
import io.smartstore.protocol.wire.Identification.CustomerSummary;
import io.smartstore.protocol.wire.IdentificationRequest;
import io.smartstore.store.StoreSettings;
import io.smartstore.store.customers.Credential;
import io.smartstore.store.customers.Customers;
import io.smartstore.protocol.wire.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.UUID;

/**
 * Recognises a customer from what a kiosk reader produced. Every attempt, recognised or
 * not, counts one kiosk session for the recognition rate.
 */
@Service
public class Recognition {

    private static final Logger log = LoggerFactory.getLogger(Recognition.class);
    private final Customers customers;
    private final Visits visits;
    private final HistoryBySphere history;
    private final StoreSettings settings;
    private final AppTokens tokens;
    private final NextSteps nextSteps;

    Recognition(Customers customers, Visits visits, HistoryBySphere history, StoreSettings settings, AppTokens tokens,
                NextSteps nextSteps) {
        this.nextSteps = nextSteps;
        this.customers = customers;
        this.visits = visits;
        this.history = history;
        this.settings = settings;
        this.tokens = tokens;
    }

    public Identification identify(IdentificationRequest request, String kioskId) {
        try {
            Identification identification = recognise(request, kioskId);
            visits.countSession(kioskId, request.session(), true, null);
            log.info("kiosk {} recognised customer {} (visit {})", kioskId,
                    identification.customer().ref(), identification.visitId());
            return identification;
        } catch (Refusal problem) {
            visits.countSession(kioskId, request == null ? null : request.session(), false, RecognitionMiss.of(problem.code()).orElse(null));
            log.info("kiosk {} recognition failed: {}", kioskId, problem.code());
            throw problem;
        }
    }

    /**
     * The customer of an anonymous ticket recognised at the desk: by what the desk's reader read (as at a kiosk), or by
     * their reference and the check the CRM holds. A new visit at the desk; the ticket's kiosk session, when known,
     * counts as recognised at the desk. Refused as at a kiosk; a reference whose check does not match is as unknown.
     */
    public Identification identifyAtDesk(DeskIdentification request, String desk) {
        if (request == null || request.method() == null || request.credential() == null || request.credential().length() > 256) {
            throw invalid();
        }
        java.util.Optional<CustomerSummary> found = switch (request.method()) {
            case QR -> customers.findByRef(customerRefOf(request.credential()));
            case REFERENCE -> customers.findByRefAndCheck(request.credential().strip(), birthDate(request.check()));
            default -> customers.findBy(credentialOf(request.method(), request.credential()));
        };
        CustomerSummary customer = found.orElseThrow(() -> new Refusal(ProblemCode.UNKNOWN_CUSTOMER, request.method() == CredentialMethod.REFERENCE
                ? "No customer has this reference and date of birth" : "We do not know this card"));
        UUID visitId = visits.startAtDesk(customer, desk);
        log.info("desk {} recognised customer {} (visit {})", desk, customer.ref(), visitId);
        List<Identification.SphereHistory> items = history.of(customer.ref());
        return new Identification(visitId, customer, items, nextSteps.of(items), Identification.Assurance.HIGH);
    }

    /** A kiosk session that went on without recognising its customer; {@code miss} says why, when the kiosk knows. */
    public void anonymousSession(String kioskId, UUID session, RecognitionMiss miss) {
        visits.countSession(kioskId, session, false, miss);
    }

    /** The ticket's kiosk session, its customer now recognised at the desk. */
    public void sessionRecognisedAtDesk(String kioskId, UUID session) {
        visits.recognisedAtDesk(kioskId, session);
    }

    private static java.time.LocalDate birthDate(String check) {
        if (check == null || check.isBlank()) {
            throw new Refusal(ProblemCode.INVALID_CREDENTIAL, "A customer's reference needs their date of birth as a check");
        }
        try {
            return java.time.LocalDate.parse(check.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new Refusal(ProblemCode.INVALID_CREDENTIAL, "A reference is checked with the customer's date of birth, as 1985-03-02");
        }
    }

    /**
     * What an adviser sees of the customer of a recognised visit: greeting, history by sphere
     * and suggestions, as a high-assurance recognition would show them. Empty for a visit unknown here.
     */
    public java.util.Optional<Identification> contextOf(UUID visitId) {
        return visits.customerOf(visitId).flatMap(customers::findByRef).map(customer -> {
            List<Identification.SphereHistory> items = history.of(customer.ref());
            return new Identification(visitId, customer, items, nextSteps.of(items), Identification.Assurance.HIGH);
        });
    }

    /** The same for a customer known by their reference (a follow-up's call back): no visit. */
    public java.util.Optional<Identification> contextOfCustomer(String ref) {
        return customers.findByRef(ref).map(customer -> {
            List<Identification.SphereHistory> items = history.of(customer.ref());
            return new Identification(null, customer, items, nextSteps.of(items), Identification.Assurance.HIGH);
        });
    }

    /** Refused when it is no read at all: a method and a credential of at most 256 characters. */
    static void requireARead(IdentificationRequest request) {
        if (request == null || request.method() == null || request.credential() == null
                || request.credential().length() > 256) {
            throw invalid();
        }
    }

    private Identification recognise(IdentificationRequest request, String kioskId) {
        requireARead(request);
        CustomerSummary customer = (request.method() == CredentialMethod.QR
                ? customers.findByRef(customerRefOf(request.credential()))
                : customers.findBy(credentialOf(request.method(), request.credential())))
                .orElseThrow(() -> new Refusal(ProblemCode.UNKNOWN_CUSTOMER, "We do not know this card"));
        UUID visitId = visits.start(customer, kioskId);
        boolean lowAssurance = request.method() == CredentialMethod.NFC && !settings.cards().nfcFullDetails();
        List<Identification.SphereHistory> items = history.of(customer.ref());
        return new Identification(visitId, customer, lowAssurance ? withoutDetails(items) : items,
                lowAssurance ? List.of() : nextSteps.of(items),
                lowAssurance ? Identification.Assurance.LOW : Identification.Assurance.HIGH);
    }

    /** Spheres and what kind of thing is there, without titles: an NFC UID can be cloned. */
    private static List<Identification.SphereHistory> withoutDetails(List<Identification.SphereHistory> history) {
        return history.stream().map(sphere -> new Identification.SphereHistory(sphere.sphere(), sphere.items().stream()
                .map(item -> new Identification.HistoryItem(item.date(), item.kind(), null, item.status(), null)).toList())).toList();
    }

    private Credential credentialOf(CredentialMethod method, String value) {
        return switch (method) {
            case CARD -> {
                if (!Credential.isCardNumber(value, settings.cards().checkDigit())) {
                    throw invalid();
                }
                if (settings.cards().loyaltyPrefixes().stream().noneMatch(value::startsWith)) {
                    throw new Refusal(ProblemCode.CARD_NOT_ACCEPTED,
                            "This is not one of our loyalty cards");
                }
                yield Credential.card(value);
            }
            case NFC -> {
                if (!Credential.isNfcUid(value)) {
                    throw invalid();
                }
                yield Credential.nfc(value);
            }
            case QR -> throw new IllegalArgumentException("a QR code carries a token, not a credential");
            case REFERENCE -> throw invalid(); // at the desk only, with its check
        };
    }

    private String customerRefOf(String token) {
        try {
            return tokens.accept(token);
        } catch (TokenException refused) {
            throw new Refusal(refused.reason().problem(), switch (refused.reason()) {
                case INVALID -> "This code is not a valid app code";
                case EXPIRED -> "This app code has expired: open the app for a fresh one";
                case REPLAYED -> "This app code was already used: open the app for a fresh one";
            });
        }
    }

    private static Refusal invalid() {
        return new Refusal(ProblemCode.INVALID_CREDENTIAL, "What the reader sent is not a valid card");
    }
}
