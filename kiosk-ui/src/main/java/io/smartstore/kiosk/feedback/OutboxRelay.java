package io.smartstore.kiosk.feedback;

import io.smartstore.kiosk.recognition.StoreClient;
import io.smartstore.protocol.wire.BatchReceipt;
import io.smartstore.protocol.wire.FeedbackBatch;
import io.smartstore.protocol.wire.FeedbackResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientException;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sends the outbox to the store in batches, oldest first, and marks answers sent only
 * once the store acknowledged them (accepted or duplicate). When the store refuses a
 * batch for invalid records, those records are set aside (kept, never resent) and the
 * rest goes on. Runs every {@code smartstore.relay.interval} and soon after each answer.
 */
@Component
class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = FeedbackBatch.MAX_RESPONSES;
    private final FeedbackOutbox outbox;
    private final StoreClient store;
    private final ExecutorService soon = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("outbox-relay").factory());

    OutboxRelay(FeedbackOutbox outbox, StoreClient store) {
        this.outbox = outbox;
        this.store = store;
    }

    @EventListener
    void onAnswer(AnswerSaved saved) {
        soon.execute(this::forward);
    }

    @Scheduled(fixedDelayString = "${smartstore.relay.interval:5s}", initialDelayString = "${smartstore.relay.interval:5s}")
    synchronized void forward() {
        List<FeedbackResponse> pending;
        try {
            while (!(pending = outbox.pending(BATCH)).isEmpty()) {
                if (!send(pending) || pending.size() < BATCH) {
                    return;
                }
            }
        } catch (RestClientException e) {
            log.warn("store server not reachable; {} answers wait in the outbox", outbox.backlog().count());
        }
    }

    private boolean send(List<FeedbackResponse> pending) {
        try {
            BatchReceipt receipt = store.sendFeedback(new FeedbackBatch(pending));
            outbox.markSent(java.util.stream.Stream.concat(receipt.accepted().stream(), receipt.duplicates().stream()).toList());
            return true;
        } catch (HttpClientErrorException.BadRequest refused) {
            setAsideInvalid(pending, refused);
            return true;
        }
    }

    @SuppressWarnings("unchecked")
    private void setAsideInvalid(List<FeedbackResponse> pending, HttpClientErrorException refused) {
        Map<String, Object> problem = refused.getResponseBodyAs(Map.class);
        Object errors = problem == null ? null : problem.get("errors");
        if (!(errors instanceof List<?> list) || list.isEmpty()) {
            throw refused;
        }
        for (Object error : list) {
            Map<String, Object> field = (Map<String, Object>) error;
            int index = ((Number) field.get("index")).intValue();
            if (index >= 0 && index < pending.size()) {
                outbox.markRefused(pending.get(index).id(), field.get("field") + ": " + field.get("message"));
                log.warn("the store refused answer {}: {}", pending.get(index).id(), field.get("field"));
            }
        }
    }
}
