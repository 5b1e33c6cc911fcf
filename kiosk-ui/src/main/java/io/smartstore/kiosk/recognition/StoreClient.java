package io.smartstore.kiosk.recognition;

import io.smartstore.kiosk.KioskSettings;
import io.smartstore.protocol.wire.BatchReceipt;
import io.smartstore.protocol.wire.CredentialMethod;
import io.smartstore.protocol.wire.FeedbackBatch;
import io.smartstore.protocol.wire.Identification;
import io.smartstore.protocol.wire.IdentificationRequest;
import io.smartstore.protocol.wire.KioskSession;
import io.smartstore.protocol.wire.ProblemCode;
import io.smartstore.protocol.wire.QueueTicket;
import io.smartstore.protocol.wire.SurveyLink;
import io.smartstore.support.http.HttpClients;
import org.springframework.http.ProblemDetail;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * The kiosk's calls to its store server ({@link StoreApi}), with the kiosk's bearer token. A customer is
 * waiting: a store that does not connect within 2 s or answer within 5 s is unreachable.
 */
@Component
public class StoreClient {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(5);
    /** The card a dry run sends: nobody's (the store answers its sample whatever the card). */
    static final String NOBODYS_CARD = "0000000000000000";
    private final StoreApi store;

    StoreClient(RestClient.Builder builder, KioskSettings settings, SslBundles bundles) {
        this.store = HttpClients.service(StoreApi.class, HttpClients.bearer(builder, settings.store().url(), settings.store().token(),
                CONNECT_TIMEOUT, READ_TIMEOUT, HttpClients.bundle(bundles, "smartstore.store.ssl-bundle", settings.store().sslBundle())));
    }

    /** Who presented this credential, or why nobody could be recognised; {@code session} is this person's time at the kiosk. */
    public RecognitionResult identify(CredentialMethod method, String credential, UUID session) {
        try {
            Identification identification = store.identify(new IdentificationRequest(method, credential, session), null);
            return new RecognitionResult.Recognised(identification);
        } catch (RestClientResponseException e) {
            return new RecognitionResult.Refused(codeOf(e));
        } catch (RestClientException e) {
            return new RecognitionResult.StoreUnreachable();
        }
    }

    /**
     * A read walked by the store for nobody ({@code dryRun=true}): the same request and answer as a customer's, about a
     * sample customer, counted nowhere. True when the store answered it.
     */
    public boolean dryRun() {
        try {
            store.identify(new IdentificationRequest(CredentialMethod.CARD, NOBODYS_CARD, UUID.randomUUID()), true);
            return true;
        } catch (RestClientException e) {
            return false;
        }
    }

    private static ProblemCode codeOf(RestClientResponseException e) {
        try {
            ProblemDetail problem = e.getResponseBodyAs(ProblemDetail.class);
            Object code = problem == null || problem.getProperties() == null ? null : problem.getProperties().get("code");
            return ProblemCode.of(code == null ? null : code.toString()).orElse(ProblemCode.INTERNAL_ERROR);
        } catch (RuntimeException unreadable) {
            return ProblemCode.INTERNAL_ERROR;
        }
    }

    /** Tells the store this kiosk is alive and how it is; false when the store did not take it. */
    public boolean heartbeat(io.smartstore.protocol.wire.Heartbeat beat) {
        try {
            store.heartbeat(beat);
            return true;
        } catch (RestClientException e) {
            return false;
        }
    }

    /** Tells the store a customer went on without signing in, in this session, and why when the kiosk knows ({@code miss}, or null). */
    public void anonymousSession(UUID session, io.smartstore.protocol.wire.RecognitionMiss miss) {
        try {
            store.session(new KioskSession(session, false, miss));
        } catch (RestClientException e) {
            // the session count is a statistic: losing one while the store is down is acceptable
        }
    }

    /**
     * A ticket for an adviser, taken in this kiosk session, its phone page in the customer's {@code language}; empty
     * when the store cannot be reached.
     */
    public Optional<QueueTicket> takeTicket(UUID visitId, String sphere, UUID session, String language) {
        try {
            return Optional.ofNullable(store.take(new QueueTicket.Request(visitId, sphere, null, session, language)));
        } catch (RestClientException e) {
            return Optional.empty();
        }
    }

    /** The ticket's customer asks for a text when they are next and when called; false when the store refuses or cannot be reached. */
    public boolean textMe(String ticket) {
        try {
            store.textMe(ticket);
            return true;
        } catch (RestClientException e) {
            return false;
        }
    }

    /** Where a ticket stands now, or empty when the store cannot say. */
    public Optional<QueueTicket> ticket(String ticket) {
        try {
            return Optional.ofNullable(store.ticket(ticket));
        } catch (RestClientException e) {
            return Optional.empty();
        }
    }

    /** A one-time link to rate the visit later on a phone, or empty when the store cannot be reached. */
    public Optional<String> phoneSurvey(UUID visitId, String language, String ticket) {
        try {
            return Optional.ofNullable(store.survey(new SurveyLink.Request(visitId, language, ticket))).map(SurveyLink::url);
        } catch (RestClientException e) {
            return Optional.empty();
        }
    }

    /** Sends one outbox batch; throws when the store did not acknowledge it. */
    public BatchReceipt sendFeedback(FeedbackBatch batch) {
        return store.feedback(batch);
    }
}
