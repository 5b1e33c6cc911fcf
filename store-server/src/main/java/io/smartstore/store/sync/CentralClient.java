package io.smartstore.store.sync;

import io.smartstore.protocol.wire.BatchReceipt;
import io.smartstore.protocol.wire.ScoredResponseBatch;
import io.smartstore.protocol.wire.SessionCounts;
import io.smartstore.support.http.HttpClients;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.time.Duration;

/** The store's calls to central ({@link CentralApi}; {@code smartstore.central.url}, {@code …token}, {@code …ssl-bundle}); never waits long for an answer. */
@Component
class CentralClient {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private final CentralApi central;
    private final boolean configured;

    CentralClient(RestClient.Builder builder, CentralSettings settings, SslBundles bundles) {
        this.configured = !settings.url().isBlank();
        this.central = HttpClients.service(CentralApi.class, HttpClients.bearer(builder, configured ? settings.url() : "http://localhost",
                settings.token(), CONNECT_TIMEOUT, settings.readTimeout(), HttpClients.bundle(bundles, CentralSettings.SSL_BUNDLE, settings.sslBundle())));
    }

    boolean configured() {
        return configured;
    }

    BatchReceipt sendResponses(ScoredResponseBatch batch) {
        return central.responses(batch);
    }

    /** Sends how this store and its kiosks are; empty when central took it, else why not (the failure's kind). */
    java.util.Optional<String> sendFleet(io.smartstore.protocol.wire.FleetReport report) {
        try {
            central.fleet(report);
            return java.util.Optional.empty();
        } catch (org.springframework.web.client.RestClientException e) {
            return java.util.Optional.of(e.getClass().getSimpleName());
        }
    }

    /** Sends a day's session counts; false (and why, by the failure's kind) when central did not take them. */
    java.util.Optional<String> sendSessions(SessionCounts counts) {
        try {
            central.sessions(counts);
            return java.util.Optional.empty();
        } catch (org.springframework.web.client.RestClientException e) {
            return java.util.Optional.of(e.getClass().getSimpleName());
        }
    }
}
