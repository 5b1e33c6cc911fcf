package io.smartstore.store.sync;

import io.smartstore.protocol.wire.BatchReceipt;
import io.smartstore.protocol.wire.ScoredResponseBatch;
import io.smartstore.protocol.wire.SessionCounts;
import io.smartstore.support.http.HttpClients;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.time.Duration;

/** The store's calls to central ({@code smartstore.central.url}, {@code …token}, {@code …ssl-bundle}); never waits long for an answer. */
@Component
class CentralClient {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private final RestClient http;
    private final boolean configured;

    CentralClient(RestClient.Builder builder, CentralSettings settings, SslBundles bundles) {
        this.configured = !settings.url().isBlank();
        this.http = HttpClients.bearer(builder, configured ? settings.url() : "http://localhost", settings.token(),
                CONNECT_TIMEOUT, settings.readTimeout(), HttpClients.bundle(bundles, CentralSettings.SSL_BUNDLE, settings.sslBundle()));
    }

    boolean configured() {
        return configured;
    }

    BatchReceipt sendResponses(ScoredResponseBatch batch) {
        return http.post().uri("/api/v1/responses").body(batch).retrieve().body(BatchReceipt.class);
    }

    /** Sends how this store and its kiosks are; empty when central took it, else why not (the failure's kind). */
    java.util.Optional<String> sendFleet(io.smartstore.protocol.wire.FleetReport report) {
        try {
            http.post().uri("/api/v1/fleet/reports").body(report).retrieve().toBodilessEntity();
            return java.util.Optional.empty();
        } catch (org.springframework.web.client.RestClientException e) {
            return java.util.Optional.of(e.getClass().getSimpleName());
        }
    }

    /** Sends a day's session counts; false (and why, by the failure's kind) when central did not take them. */
    java.util.Optional<String> sendSessions(SessionCounts counts) {
        try {
            http.post().uri("/api/v1/sessions").body(counts).retrieve().toBodilessEntity();
            return java.util.Optional.empty();
        } catch (org.springframework.web.client.RestClientException e) {
            return java.util.Optional.of(e.getClass().getSimpleName());
        }
    }
}
