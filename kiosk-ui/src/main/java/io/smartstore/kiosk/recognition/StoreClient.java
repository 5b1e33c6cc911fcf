package io.smartstore.kiosk.recognition;

import io.smartstore.kiosk.KioskSettings;
import io.smartstore.protocol.wire.BatchReceipt;
import io.smartstore.protocol.wire.CredentialMethod;
import io.smartstore.protocol.wire.FeedbackBatch;
import io.smartstore.protocol.wire.Identification;
import io.smartstore.protocol.wire.IdentificationRequest;
import io.smartstore.protocol.wire.QueueTicket;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import java.util.Optional;
import java.util.UUID;


/** The kiosk's calls to its store server, with the kiosk's bearer token. */
@Component
public class StoreClient {

    private final RestClient http;

    StoreClient(RestClient.Builder builder, KioskSettings settings) {
        this.http = builder.baseUrl(settings.store().url())
                .defaultHeader("Authorization", "Bearer " + settings.store().token())
                .build();
    }

    /** Who presented this credential, or why nobody could be recognised. */
    public RecognitionResult identify(CredentialMethod method, String credential) {
        try {
            Identification identification = http.post().uri("/api/v1/identifications")
                    .body(new IdentificationRequest(method, credential))
                    .retrieve().body(Identification.class);
            return new RecognitionResult.Recognised(identification);
        } catch (RestClientResponseException e) {
            ProblemDetail problem = e.getResponseBodyAs(ProblemDetail.class);
            Object code = problem == null || problem.getProperties() == null ? null : problem.getProperties().get("code");
            return new RecognitionResult.Refused(code == null ? "http_" + e.getStatusCode().value() : code.toString());
        } catch (RestClientException e) {
            return new RecognitionResult.StoreUnreachable();
        }
    }

    /** Tells the store a customer went on without signing in. */
    public void anonymousSession() {
        try {
            http.post().uri("/api/v1/sessions").body(new AnonymousSession(false)).retrieve().toBodilessEntity();
        } catch (RestClientException e) {
            // the session count is a statistic: losing one while the store is down is acceptable
        }
    }

    /** A ticket for an adviser, or empty when the store cannot be reached. */
    public Optional<QueueTicket> takeTicket(UUID visitId, String sphere) {
        try {
            return Optional.ofNullable(http.post().uri("/api/v1/queue").body(new QueueTicket.Request(visitId, sphere, null))
                    .retrieve().body(QueueTicket.class));
        } catch (RestClientException e) {
            return Optional.empty();
        }
    }

    /** Where a ticket stands now, or empty when the store cannot say. */
    public Optional<QueueTicket> ticket(String ticket) {
        try {
            return Optional.ofNullable(http.get().uri("/api/v1/queue/{ticket}", ticket).retrieve().body(QueueTicket.class));
        } catch (RestClientException e) {
            return Optional.empty();
        }
    }

    /** A one-time link to rate the visit later on a phone, or empty when the store cannot be reached. */
    public Optional<String> phoneSurvey(UUID visitId, String language) {
        try {
            record Link(String url) {
            }
            return Optional.ofNullable(http.post().uri("/api/v1/surveys").body(new SurveyRequest(visitId, language))
                    .retrieve().body(Link.class)).map(Link::url);
        } catch (RestClientException e) {
            return Optional.empty();
        }
    }

    record SurveyRequest(UUID visitId, String language) {
    }

    /** Sends one outbox batch; throws when the store did not acknowledge it. */
    public BatchReceipt sendFeedback(FeedbackBatch batch) {
        return http.post().uri("/api/v1/feedback").body(batch).retrieve().body(BatchReceipt.class);
    }

    record AnonymousSession(boolean recognised) {
    }
}
