package io.smartstore.store.sync;

import io.smartstore.protocol.wire.BatchReceipt;
import io.smartstore.protocol.wire.ScoredResponse;
import io.smartstore.protocol.wire.ScoredResponseBatch;
import io.smartstore.store.StoreSettings;
import io.smartstore.store.feedback.FeedbackReceived;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Forwards the store's answers to central as pseudonymous records, oldest first, in
 * batches. A record is marked sent only after central acknowledged it (accepted or
 * duplicate); failures back off exponentially with jitter. Runs every
 * {@code smartstore.relay.interval} and soon after new answers arrive.
 */
@Component
class CentralRelay {

    private static final Logger log = LoggerFactory.getLogger(CentralRelay.class);
    private static final int BATCH = 500;
    private final JdbcClient jdbc;
    private final StoreSettings settings;
    private final Clock clock;
    private final RestClient central;
    private final boolean configured;
    private final Backoff backoff;
    private final ExecutorService soon = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("central-relay").factory());

    CentralRelay(JdbcClient jdbc, StoreSettings settings, Clock clock, RestClient.Builder http,
                 @Value("${smartstore.central.url:}") String centralUrl,
                 @Value("${smartstore.central.token:}") String centralToken) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
        this.configured = !centralUrl.isBlank();
        this.central = http.baseUrl(configured ? centralUrl : "http://localhost")
                .defaultHeader("Authorization", "Bearer " + centralToken).build();
        this.backoff = new Backoff(clock);
    }

    @TransactionalEventListener
    void onFeedback(FeedbackReceived received) {
        soon.execute(this::forward);
    }

    @Scheduled(fixedDelayString = "${smartstore.relay.interval:5s}", initialDelayString = "${smartstore.relay.interval:5s}")
    synchronized void forward() {
        if (!configured || !backoff.mayTry()) {
            return;
        }
        try {
            List<ScoredResponse> pending;
            while (!(pending = pending()).isEmpty()) {
                BatchReceipt receipt = central.post().uri("/api/v1/responses")
                        .body(new ScoredResponseBatch(settings.store().id(), settings.store().country(), pending))
                        .retrieve().body(BatchReceipt.class);
                markSent(receipt);
                backoff.succeeded();
                if (pending.size() < BATCH) {
                    break;
                }
            }
        } catch (RestClientException e) {
            backoff.failed();
            log.warn("central not reachable, will retry: {}", e.getClass().getSimpleName());
        }
    }

    private List<ScoredResponse> pending() {
        return jdbc.sql("""
                        SELECT ID, SEGMENT, SPHERE, SCORE, ANSWERED_AT, LOCAL_DATE, RECOGNISED FROM FEEDBACK
                        WHERE FORWARDED_AT IS NULL ORDER BY RECEIVED_AT, ID FETCH FIRST %d ROWS ONLY""".formatted(BATCH))
                .query((rs, i) -> new ScoredResponse(rs.getObject("ID", UUID.class), rs.getString("SEGMENT"),
                        rs.getString("SPHERE"), rs.getInt("SCORE"),
                        rs.getObject("ANSWERED_AT", java.time.OffsetDateTime.class).toInstant(),
                        rs.getObject("LOCAL_DATE", LocalDate.class), rs.getBoolean("RECOGNISED")))
                .list();
    }

    private void markSent(BatchReceipt receipt) {
        List<UUID> ids = java.util.stream.Stream.concat(receipt.accepted().stream(), receipt.duplicates().stream()).toList();
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE FEEDBACK SET FORWARDED_AT = :now WHERE ID IN (:ids)")
                    .param("now", clock.instant().atOffset(ZoneOffset.UTC)).param("ids", ids).update();
        }
    }
}
